package fr.dmpindicators.record;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class DmpCreationResourceIT extends DmpCreationResourceTest {
}
