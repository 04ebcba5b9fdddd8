package fr.dmpindicators.metrics;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {
}
