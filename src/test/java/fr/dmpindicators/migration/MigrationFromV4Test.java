package fr.dmpindicators.migration;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An installation at schema version 4, filled with years of data, upgraded to the newest version. */
@QuarkusTest
@TestProfile(MigrationFromV4Test.AtVersion4.class)
class MigrationFromV4Test extends UpgradeWithData {

    /** The database of a release at version 4. */
    public static class AtVersion4 extends UpgradeProfile {
        @Override
        protected int version() {
            return 4;
        }
    }

    @Override
    int version() {
        return 4;
    }
}
