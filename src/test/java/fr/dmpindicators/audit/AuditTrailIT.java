package fr.dmpindicators.audit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class AuditTrailIT extends AuditTrailTest {
}
