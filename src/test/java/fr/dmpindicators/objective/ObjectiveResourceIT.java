package fr.dmpindicators.objective;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class ObjectiveResourceIT extends ObjectiveResourceTest {
}
