package fr.dmpindicators.vocabulary;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same specification, run against the packaged jar. */
@QuarkusIntegrationTest
class VocabularyResourceIT extends VocabularyResourceTest {
}
