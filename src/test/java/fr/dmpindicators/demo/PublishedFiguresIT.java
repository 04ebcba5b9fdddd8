package fr.dmpindicators.demo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
@TestProfile(DemoDataProfile.class)
class PublishedFiguresIT extends PublishedFiguresTest {
}
