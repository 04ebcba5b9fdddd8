package fr.dmpindicators.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class InputTextIT extends InputTextTest {
}
