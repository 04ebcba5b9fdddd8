package fr.dmpindicators.migration;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An installation at schema version 1, filled with years of data, upgraded to the newest version. */
@QuarkusTest
@TestProfile(MigrationFromV1Test.AtVersion1.class)
class MigrationFromV1Test extends UpgradeWithData {

    /** The database of a release at version 1. */
    public static class AtVersion1 extends UpgradeProfile {
        @Override
        protected int version() {
            return 1;
        }
    }

    @Override
    int version() {
        return 1;
    }
}
