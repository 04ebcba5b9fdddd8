package fr.dmpindicators.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Set-up calls of the benchmark that are not measured. */
final class Api {

    private Api() {
    }

    /** Registers the establishment of each département that the ESTABLISHMENT records name. */
    static void registerEstablishments(Service service, String token, Dataset dataset) throws Exception {
        StringBuilder body = new StringBuilder("[");
        for (String departement : dataset.departements()) {
            body.append(body.length() > 1 ? "," : "").append("{\"finess\":\"").append(Dataset.finessOf(departement))
                    .append("\",\"name\":\"Établissement de référence ").append(departement)
                    .append("\",\"category\":\"355\",\"territory\":\"").append(departement).append("\"}");
        }
        body.append("]");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(service.url("/api/v1/establishments/batch"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("establishments refused: " + answer.statusCode() + " " + answer.body());
        }
    }
}
