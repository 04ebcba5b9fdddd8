package fr.dmpindicators.contract;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class ContractIT extends ContractTest {
}
