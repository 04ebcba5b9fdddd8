package fr.dmpindicators.territory;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class TerritoryResourceIT extends TerritoryResourceTest {
}
