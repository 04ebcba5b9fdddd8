package fr.dmpindicators.dashboard;

import static fr.dmpindicators.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.dmpindicators.demo.DemoDataProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard card of every territory (the nation, 18 regions, 101 départements) on the demo dataset, at dates
 * before any data, during the pilot, at its report, at the end of 2022 and today, where most territories have no
 * reference population: each answers 200, and its rank agrees with its coverage and with the ranking of its
 * parent's children — a territory with a coverage value has that ranking's rank among the siblings with a value
 * ({@code of} counts only those); one without has no rank and says why.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DashboardEveryTerritoryTest {

    private static final List<String> DATES = List.of("2016-12-14", "2017-06-30", "2018-06-05", "2022-12-31", "");

    @Test
    void shouldAnswerEveryTerritorysCardConsistentlyAtEveryDate() {
        List<Map<String, Object>> territories = given().queryParam("size", 1000)
                .when().get("/api/v1/territories")
                .then().statusCode(200).extract().path("items");
        assertEquals(120, territories.size());
        List<String> wrong = new ArrayList<>();
        int ranked = 0;
        int unranked = 0;
        for (String date : DATES) {
            Map<String, JsonPath> rankings = new HashMap<>();
            for (Map<String, Object> territory : territories) {
                String code = (String) territory.get("code");
                var request = given();
                if (!date.isEmpty()) {
                    request.queryParam("asOf", date);
                }
                Response response = request.when().get("/api/v1/territories/{code}/dashboard", code);
                String what = code + " at " + (date.isEmpty() ? "today" : date) + ": ";
                if (response.statusCode() != 200) {
                    wrong.add(what + response.statusCode() + " " + response.asString());
                    continue;
                }
                JsonPath card = response.jsonPath();
                if (card.getLong("last7Days.created") > card.getLong("last30Days.created")) {
                    wrong.add(what + "more created in 7 days than in 30");
                }
                Object parent = territory.get("parent");
                if ("FR".equals(code)) {
                    if (card.get("rank") != null) {
                        wrong.add(what + "the nation has no siblings to rank among");
                    }
                    continue;
                }
                JsonPath ranking = rankings.computeIfAbsent(card.getString("rank.parent"), p -> {
                    var rankingRequest = given().queryParam("parent", p).queryParam("indicator", "COVERAGE_RATE");
                    if (!date.isEmpty()) {
                        rankingRequest.queryParam("asOf", date);
                    }
                    return rankingRequest.when().get("/api/v1/indicators/ranking")
                            .then().statusCode(200).extract().jsonPath();
                });
                if (!parent.equals(card.getString("rank.parent"))) {
                    wrong.add(what + "ranked under " + card.getString("rank.parent") + ", not its parent " + parent);
                }
                List<Object> values = ranking.getList("items.value");
                long withValue = values.stream().filter(v -> v != null).count();
                Integer expectedRank = ranking.get("items.find { it.territory == '" + code + "' }.rank");
                Integer rank = card.get("rank.rank");
                if (card.getInt("rank.of") != withValue) {
                    wrong.add(what + "of " + card.getInt("rank.of") + ", but " + withValue + " siblings have a value");
                }
                if (card.get("coverage.value") == null) {
                    unranked++;
                    if (rank != null || card.getString("rank.reason") == null
                            || !card.getString("rank.reason").contains(code)) {
                        wrong.add(what + "no coverage value, yet rank " + rank + ", reason "
                                + card.getString("rank.reason"));
                    }
                } else {
                    ranked++;
                    if (rank == null || !rank.equals(expectedRank) || rank < 1 || rank > withValue
                            || card.get("rank.reason") != null) {
                        wrong.add(what + "rank " + rank + " of " + withValue + ", the ranking says " + expectedRank);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cards wrong:\n" + String.join("\n", wrong));
        assertTrue(ranked > 0 && unranked > 0, "both cases seen: " + ranked + " ranked, " + unranked + " unranked");
    }
}
