package fr.dmpindicators.migration;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An installation at schema version 5, filled with years of data, upgraded to the newest version. */
@QuarkusTest
@TestProfile(MigrationFromV5Test.AtVersion5.class)
class MigrationFromV5Test extends UpgradeWithData {

    /** The database of a release at version 5. */
    public static class AtVersion5 extends UpgradeProfile {
        @Override
        protected int version() {
            return 5;
        }
    }

    @Override
    int version() {
        return 5;
    }
}
