package fr.dmpindicators.problem;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class ProblemResponsesIT extends ProblemResponsesTest {
}
