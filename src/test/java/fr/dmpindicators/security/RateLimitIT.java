package fr.dmpindicators.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
@TestProfile(RateLimitProfile.class)
class RateLimitIT extends RateLimitTest {
}
