package fr.dmpindicators.indicator;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest

class IndicatorResourceIT extends IndicatorResourceTest {
}
