package fr.dmpindicators.migration;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** An installation at schema version 3, filled with years of data, upgraded to the newest version. */
@QuarkusTest
@TestProfile(MigrationFromV3Test.AtVersion3.class)
class MigrationFromV3Test extends UpgradeWithData {

    /** The database of a release at version 3. */
    public static class AtVersion3 extends UpgradeProfile {
        @Override
        protected int version() {
            return 3;
        }
    }

    @Override
    int version() {
        return 3;
    }
}
