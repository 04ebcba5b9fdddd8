package fr.dmpindicators.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class SecurityIT extends SecurityTest {
}
