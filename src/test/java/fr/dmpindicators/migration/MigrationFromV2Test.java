package fr.dmpindicators.migration;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An installation at schema version 2, filled with years of data, upgraded to the newest version. */
@QuarkusTest
@TestProfile(MigrationFromV2Test.AtVersion2.class)
class MigrationFromV2Test extends UpgradeWithData {

    /** The database of a release at version 2. */
    public static class AtVersion2 extends UpgradeProfile {
        @Override
        protected int version() {
            return 2;
        }
    }

    @Override
    int version() {
        return 2;
    }
}
