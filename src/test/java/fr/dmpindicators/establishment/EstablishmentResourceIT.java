package fr.dmpindicators.establishment;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class EstablishmentResourceIT extends EstablishmentResourceTest {
}
