package fr.dmpindicators.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.dmpindicators.FinessKeys;
import fr.dmpindicators.TestTokens;
import fr.dmpindicators.contract.FuzzRequest.Variation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Generates requests for an operation of the contract: parameters and bodies drawn from its schemas, made to pass
 * the domain's rules with known territories, registered establishments and stored ids (so that success paths are
 * reached too), then, for most requests, one thing broken on purpose (see {@link Variation}).
 */
final class RequestGenerator {

    /** An establishment the fuzz registers first, so that records can name it. */
    record KnownEstablishment(String finess, String name, String category, String territory) {
    }

    static final List<KnownEstablishment> ESTABLISHMENTS = List.of(
            new KnownEstablishment("010000024", "Centre hospitalier de Fleyriat", "355", "01"),
            new KnownEstablishment("220000012", "Centre hospitalier Yves-Le-Foll", "355", "22"),
            new KnownEstablishment("250006954", "CHRU de Besançon", "101", "25"),
            new KnownEstablishment("010002301", "Pharmacie d'officine", "620", "01"));
    /** Départements outside Provence-Alpes-Côte d'Azur (R93), whose producer must be refused their writes. */
    private static final List<String> DEPARTEMENTS = List.of("94", "01", "2A", "974", "75", "22", "25", "80", "971");
    private static final List<String> TERRITORIES = List.of("FR", "R11", "R84", "R53", "94", "01", "2A", "974",
            "94,22,80", "R11,94", "R84,01,2A");
    private static final List<String> PARENTS = List.of("FR", "R11", "R84", "R53", "R94");
    private static final List<String> UNKNOWN_NAMES = List.of("foo", "pageSize", "limit", "sort", "callback",
            "debug", "format");

    private final Random random;
    private final SchemaValues values;
    private final LocalDate today;
    /** The schema of one line of an imported file: a record of the batch of DMP creations. */
    private final Schema<?> fileLine;
    final List<Long> recordIds = new CopyOnWriteArrayList<>();
    final List<Long> objectiveIds = new CopyOnWriteArrayList<>();
    final List<Long> importIds = new CopyOnWriteArrayList<>();

    RequestGenerator(Random random, LocalDate today, Schema<?> fileLine) {
        this.random = random;
        this.today = today;
        this.fileLine = fileLine;
        this.values = new SchemaValues(random, today);
    }

    /** A request for this operation, of a variation drawn by weights among those that apply to it. */
    FuzzRequest next(ContractOperation operation) {
        Map<Variation, Integer> weights = weights(operation);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<Variation, Integer> weight : weights.entrySet()) {
            draw -= weight.getValue();
            if (draw < 0) {
                return generate(operation, weight.getKey());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static Map<Variation, Integer> weights(ContractOperation operation) {
        Map<Variation, Integer> weights = new EnumMap<>(Variation.class);
        boolean hasParameters = !operation.parameters().isEmpty();
        boolean hasQuery = !operation.parameters("query").isEmpty();
        weights.put(Variation.VALID, 30);
        weights.put(Variation.PARAMETER_UNKNOWN, 6);
        weights.put(Variation.ACCEPT, 4);
        weights.put(Variation.TOKEN_INVALID, operation.needsToken() ? 8 : 3);
        if (hasParameters) {
            weights.put(Variation.PARAMETER_INVALID, 20);
        }
        if (operation.parameters("query").stream().anyMatch(p -> Boolean.TRUE.equals(p.getRequired()))) {
            weights.put(Variation.PARAMETER_MISSING, 4);
        }
        if (hasQuery) {
            weights.put(Variation.PARAMETER_REPEATED, 3);
        }
        if (operation.needsToken()) {
            weights.put(Variation.TOKEN_NOT_ALLOWED, 5);
        }
        if (operation.hasBody() && !operation.uploadsFile()) {
            weights.put(Variation.BODY_INVALID, 20);
            weights.put(Variation.BODY_EDGE, 6);
            weights.put(Variation.BODY_UNREADABLE, 8);
        }
        if (operation.hasBody()) {
            weights.put(Variation.CONTENT_TYPE, 5);
        }
        if (operation.readsCsv()) {
            weights.put(Variation.CSV_VALID, 12);
            weights.put(Variation.CSV_BAD_ROWS, 14);
            weights.put(Variation.CSV_UNREADABLE, 10);
        }
        return weights;
    }

    FuzzRequest generate(ContractOperation operation, Variation variation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("path")) {
            pathValues.put(parameter.getName(), validParameter(operation, parameter));
        }
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters("query")) {
            if (Boolean.TRUE.equals(parameter.getRequired()) || values.chance(0.5)) {
                query.add(Map.entry(parameter.getName(), validParameter(operation, parameter)));
            }
        }
        String detail = "";
        switch (variation) {
            case PARAMETER_INVALID -> {
                Parameter parameter = values.pick(operation.parameters());
                Map.Entry<String, String> bad = values.invalid(parameter.getSchema());
                while ("path".equals(parameter.getIn()) && (bad.getValue().isEmpty() || bad.getValue().contains("/"))) {
                    // An empty or slashed path parameter aims at another path, not at this operation.
                    bad = values.invalid(parameter.getSchema());
                }
                detail = parameter.getName() + ": " + bad.getKey();
                if ("path".equals(parameter.getIn())) {
                    pathValues.put(parameter.getName(), bad.getValue());
                } else {
                    query.removeIf(entry -> entry.getKey().equals(parameter.getName()));
                    query.add(Map.entry(parameter.getName(), bad.getValue()));
                }
            }
            case PARAMETER_MISSING -> {
                Parameter parameter = values.pick(operation.parameters("query").stream()
                        .filter(p -> Boolean.TRUE.equals(p.getRequired())).toList());
                query.removeIf(entry -> entry.getKey().equals(parameter.getName()));
                detail = parameter.getName() + " left out";
            }
            case PARAMETER_UNKNOWN -> {
                String name = unknownName(operation);
                query.add(Map.entry(name, values.chance(0.5) ? "1" : "94"));
                detail = name;
            }
            case PARAMETER_REPEATED -> {
                Parameter parameter = values.pick(operation.parameters("query"));
                query.removeIf(entry -> entry.getKey().equals(parameter.getName()));
                query.add(Map.entry(parameter.getName(), validParameter(operation, parameter)));
                query.add(Map.entry(parameter.getName(), validParameter(operation, parameter)));
                detail = parameter.getName() + " twice";
            }
            default -> {
            }
        }
        String path = operation.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", FuzzRequest.encode(value.getValue()));
        }
        FuzzRequest request = new FuzzRequest(operation, variation, detail, path);
        query.forEach(entry -> request.query(entry.getKey(), entry.getValue()));
        if (operation.needsToken() || values.chance(0.3)) {
            request.header("Authorization", "Bearer " + TestTokens.admin());
        }
        if (operation.hasBody()) {
            body(request, pathValues);
        }
        switch (variation) {
            case PARAMETER_UNKNOWN -> request.mustRefuse = true;
            case TOKEN_INVALID -> spoilToken(request);
            case TOKEN_NOT_ALLOWED -> disallowedToken(request);
            case CONTENT_TYPE -> {
                String type = values.pick(operation.readsCsv()
                        ? List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "")
                        : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/csv", ""));
                if (type.isEmpty()) {
                    request.headers.remove("Content-Type");
                } else {
                    request.header("Content-Type", type);
                }
                replaceDetail(request, "Content-Type " + (type.isEmpty() ? "absent" : type));
            }
            case ACCEPT -> {
                String accept = values.pick(List.of("application/xml", "text/html", "text/csv", "image/png",
                        "*/*", "application/json;q=0.5, text/csv;q=0.9", "not a media type"));
                request.header("Accept", accept);
                replaceDetail(request, "Accept " + accept);
            }
            default -> {
            }
        }
        return request;
    }

    private static void replaceDetail(FuzzRequest request, String detail) {
        request.detail = detail;
    }

    private String unknownName(ContractOperation operation) {
        List<Parameter> declared = operation.parameters("query");
        if (!declared.isEmpty() && values.chance(0.6)) {
            String name = values.pick(declared).getName();
            // A misspelling or another case of a declared name: a caller's typo must not be silently ignored.
            return values.chance(0.5) ? name.substring(0, name.length() - 1) : name.toUpperCase();
        }
        return values.pick(UNKNOWN_NAMES);
    }

    private String validParameter(ContractOperation operation, Parameter parameter) {
        String name = parameter.getName();
        String path = operation.path();
        return switch (name) {
            case "territory" -> values.pick(TERRITORIES);
            case "parent" -> values.pick(PARENTS);
            case "code" -> values.pick(List.of("FR", "R11", "R84", "94", "01", "2A", "974"));
            case "finess" -> values.pick(ESTABLISHMENTS).finess();
            case "year" -> String.valueOf(2004 + random.nextInt(today.getYear() - 2004 + 1));
            case "id" -> String.valueOf(knownId(path.startsWith("/api/v1/objectives") ? objectiveIds
                    : path.startsWith("/api/v1/imports") ? importIds : recordIds));
            case "category" -> values.pick(List.of("355", "101", "620"));
            case "name" -> values.pick(List.of("Fleyriat", "centre", "CHRU"));
            case "key" -> values.pick(List.of("94", "010000024", "2018-06-04|94|CPAM||"));
            case "actor" -> values.pick(List.of("test-admin", "nobody"));
            case "requestId" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "size" -> String.valueOf(values.chance(0.5) ? 1 + random.nextInt(100) : 1 + random.nextInt(1000));
            case "page" -> String.valueOf(random.nextInt(4));
            default -> values.valid(parameter.getSchema());
        };
    }

    private long knownId(List<Long> ids) {
        if (!ids.isEmpty() && values.chance(0.8)) {
            return values.pick(ids);
        }
        return 1 + random.nextInt(100_000);
    }

    // ---- bodies -----------------------------------------------------------------------------------------------

    private void body(FuzzRequest request, Map<String, String> pathValues) {
        ContractOperation operation = request.operation;
        Schema<?> schema = operation.bodies().get("application/json");
        JsonNode valid = schema != null ? fit(operation, values.validNode(schema), pathValues) : null;
        switch (request.variation) {
            case CSV_VALID, CSV_BAD_ROWS, CSV_UNREADABLE -> csv(request);
            case BODY_INVALID -> {
                JsonNode broken = breakBody(request, schema, valid);
                if (request.detail.matches("(item \\d+: )?date: (far future|before the DMP law)")) {
                    // A record's day is from 2004-08-13 to today (README): a rule the contract's format cannot state.
                    request.mustRefuse = !request.operation.id().endsWith("Batch");
                    request.mustRejectRows = request.operation.id().endsWith("Batch");
                }
                request.body("application/json", broken.toString().getBytes(StandardCharsets.UTF_8));
            }
            case BODY_EDGE -> {
                JsonNode edge = edgeBody(request, valid);
                request.body("application/json", edge.toString().getBytes(StandardCharsets.UTF_8));
            }
            case BODY_UNREADABLE -> unreadable(request, valid);
            default -> {
                if (schema == null) {
                    csv(request);
                } else {
                    request.body("application/json", valid.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Makes a body drawn from the schema pass the domain's rules, so that success paths are reached. */
    private JsonNode fit(ContractOperation operation, JsonNode body, Map<String, String> pathValues) {
        switch (operation.id()) {
            case "pushDmpCreation" -> fitRecord((ObjectNode) body);
            case "pushDmpCreationBatch" -> body.forEach(item -> fitRecord((ObjectNode) item));
            case "putEstablishment" -> {
                ObjectNode establishment = (ObjectNode) body;
                KnownEstablishment known = ESTABLISHMENTS.stream()
                        .filter(e -> e.finess().equals(pathValues.get("finess"))).findFirst()
                        .orElse(ESTABLISHMENTS.get(0));
                establishment.put("name", known.name()).put("category", known.category())
                        .put("territory", known.territory());
            }
            case "pushEstablishmentBatch" -> body.forEach(item -> fitEstablishment((ObjectNode) item));
            case "createObjective" -> fitObjective((ObjectNode) body);
            case "reviseObjective" -> fitRevision((ObjectNode) body);
            default -> {
            }
        }
        return body;
    }

    private void fitRecord(ObjectNode record) {
        record.put("date", values.day().toString());
        record.put("territory", values.pick(DEPARTEMENTS));
        String channel = record.path("channel").asText("CPAM");
        record.remove(List.of("finess", "practitionerType"));
        if ("ESTABLISHMENT".equals(channel)) {
            record.put("finess", values.pick(ESTABLISHMENTS.subList(0, 3)).finess());
        } else if ("PRACTITIONER".equals(channel)) {
            record.put("practitionerType", values.pick(List.of("GENERAL_PRACTITIONER", "PHARMACIST", "NURSE")));
            if (values.chance(0.4)) {
                record.put("finess", ESTABLISHMENTS.get(3).finess());
            }
        }
        long created = random.nextInt(5000);
        record.put("created", created);
        record.put("alimented", created == 0 ? 0 : random.nextInt((int) created + 1));
    }

    private void fitEstablishment(ObjectNode establishment) {
        if (values.chance(0.5)) {
            KnownEstablishment known = values.pick(ESTABLISHMENTS);
            establishment.put("finess", known.finess()).put("name", known.name()).put("category", known.category())
                    .put("territory", known.territory());
        } else {
            String territory = values.pick(List.of("94", "75", "01", "80"));
            establishment.put("finess", newFiness(territory)).put("name", "Établissement " + values.letters(6))
                    .put("category", values.pick(List.of("355", "101", "603"))).put("territory", territory);
        }
    }

    private void fitObjective(ObjectNode objective) {
        objective.put("territory", values.pick(List.of("FR", "R11", "94", "01")));
        String metric = objective.path("metric").asText("DMP_CREATED");
        objective.put("targetValue", "DMP_CREATED".equals(metric) ? 1000 + random.nextInt(1_000_000)
                : 0.05 + random.nextInt(90) / 100.0);
        LocalDate start = values.day();
        objective.put("startDate", start.toString());
        objective.put("dueDate", start.plusDays(30 + random.nextInt(800)).toString());
    }

    private void fitRevision(ObjectNode revision) {
        revision.put("targetValue", values.chance(0.5) ? 1000 + random.nextInt(1_000_000) : 0.5);
        revision.remove("dueDate");
        if (values.chance(0.6)) {
            revision.remove("effectiveDate");
        } else {
            revision.put("effectiveDate", today.minusDays(random.nextInt(30)).toString());
        }
    }

    /** A FINESS the service accepts: the département, six digits, and the Luhn key over the nine. */
    String newFiness(String departement) {
        StringBuilder digits = new StringBuilder(departement);
        while (digits.length() < 8) {
            digits.append(random.nextInt(10));
        }
        return FinessKeys.withKey(digits.toString());
    }

    private JsonNode breakBody(FuzzRequest request, Schema<?> schema, JsonNode valid) {
        if (valid.isArray()) {
            ArrayNode items = (ArrayNode) valid;
            double draw = random.nextDouble();
            if (draw < 0.01) {
                // Over maxItems: the whole batch is refused, whatever atomic says.
                ArrayNode many = SchemaValues.JSON.arrayNode();
                for (int i = 0; i <= schema.getMaxItems(); i++) {
                    many.add(items.get(0));
                }
                replaceDetail(request, "over maxItems (" + many.size() + " items)");
                request.mustRefuse = true;
                return many;
            }
            if (draw < 0.1) {
                items.addNull();
                replaceDetail(request, "a null item");
                return items;
            }
            if (draw < 0.15) {
                replaceDetail(request, "object instead of array");
                return items.get(0);
            }
            int index = random.nextInt(items.size());
            String what = breakObject((ObjectNode) items.get(index), schema.getItems());
            replaceDetail(request, "item " + index + ": " + what);
            request.mustRejectRows = true;
            return items;
        }
        if (random.nextDouble() < 0.05) {
            replaceDetail(request, "array instead of object");
            return SchemaValues.JSON.arrayNode().add(valid);
        }
        replaceDetail(request, breakObject((ObjectNode) valid, schema));
        return valid;
    }

    /** Breaks one field of an object against its schema; says how. */
    private String breakObject(ObjectNode object, Schema<?> schema) {
        List<String> required = schema.getRequired() != null ? schema.getRequired() : List.of();
        Map<String, Schema> properties = SchemaValues.properties(schema);
        double draw = random.nextDouble();
        if (draw < 0.2 && !required.isEmpty()) {
            String name = values.pick(required);
            object.remove(name);
            return name + " missing";
        }
        if (draw < 0.3 && !required.isEmpty()) {
            String name = values.pick(required);
            object.putNull(name);
            return name + " null";
        }
        if (draw < 0.33) {
            object.removeAll();
            return required.isEmpty() ? "empty object" : "empty object (required fields missing)";
        }
        String name = values.pick(new ArrayList<>(properties.keySet()));
        Map.Entry<String, JsonNode> bad = values.invalidNode(properties.get(name));
        object.set(name, bad.getValue());
        return name + ": " + bad.getKey();
    }

    private JsonNode edgeBody(FuzzRequest request, JsonNode valid) {
        ObjectNode target = valid.isArray() ? (valid.isEmpty() ? null : (ObjectNode) valid.get(0)) : (ObjectNode) valid;
        double draw = random.nextDouble();
        if (valid.isArray() && draw < 0.2) {
            replaceDetail(request, "empty array");
            return SchemaValues.JSON.arrayNode();
        }
        if (valid.isArray() && draw < 0.45) {
            ((ArrayNode) valid).add(valid.get(0).deepCopy());
            replaceDetail(request, "an item repeated (same key twice)");
            request.mustRejectRows = true;
            return valid;
        }
        String field = values.pick(List.of("unknownField", "crated", "Territory", "id"));
        target.put(field, field.equals("id") ? "42" : "x");
        replaceDetail(request, "undeclared field " + field);
        return valid;
    }

    private void unreadable(FuzzRequest request, JsonNode valid) {
        String text = valid.toString();
        int kind = random.nextInt(9);
        byte[] body;
        String detail;
        switch (kind) {
            case 0 -> {
                body = "not json".getBytes(StandardCharsets.UTF_8);
                detail = "plain text";
            }
            case 1 -> {
                body = text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
                detail = "truncated";
            }
            case 2 -> {
                body = new byte[0];
                detail = "empty";
            }
            case 3 -> {
                body = ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
                detail = "nested 5000 deep";
            }
            case 4 -> {
                body = text.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
                detail = "single quotes";
            }
            case 5 -> {
                body = (text + "xyz").getBytes(StandardCharsets.UTF_8);
                detail = "trailing garbage";
            }
            case 6 -> {
                byte[] start = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
                body = new byte[start.length + 4];
                System.arraycopy(start, 0, body, 0, start.length);
                body[start.length] = (byte) 0xC3;
                body[start.length + 1] = (byte) 0x28;
                body[start.length + 2] = '"';
                body[start.length + 3] = '}';
                detail = "invalid UTF-8";
            }
            case 7 -> {
                body = "null".getBytes(StandardCharsets.UTF_8);
                detail = "null";
            }
            default -> {
                body = "\"text\"".getBytes(StandardCharsets.UTF_8);
                detail = "a JSON string";
            }
        }
        replaceDetail(request, detail);
        request.mustRefuse = true;
        request.body("application/json", body);
    }

    // ---- CSV --------------------------------------------------------------------------------------------------

    private void csv(FuzzRequest request) {
        Schema<?> item = request.operation.uploadsFile() ? fileLine
                : request.operation.bodies().get("application/json").getItems();
        List<String> columns = new ArrayList<>(SchemaValues.properties(item).keySet());
        if (values.chance(0.3)) {
            Collections.shuffle(columns, random);
        }
        List<ObjectNode> rows = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            ObjectNode row = (ObjectNode) values.validNode(item);
            fitRecord(row);
            rows.add(row);
        }
        String header = String.join(",", columns);
        String detail = "valid rows";
        String contentType = values.pick(List.of("text/csv", "text/csv; charset=UTF-8"));
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(line(row, columns)));
        byte[] raw = null;
        if (request.variation == Variation.CSV_BAD_ROWS) {
            int index = random.nextInt(lines.size());
            List<String> cells = new ArrayList<>(List.of(lines.get(index).split(",", -1)));
            int created = columns.indexOf("created");
            int date = columns.indexOf("date");
            // Only the breakages the operation's columns allow: an establishment has no count, date or channel.
            List<Integer> kinds = new ArrayList<>(List.of(4, 5));
            if (created >= 0) {
                kinds.addAll(List.of(0, 1, 6));
            }
            if (date >= 0) {
                kinds.add(2);
            }
            if (columns.contains("channel")) {
                kinds.add(3);
            }
            if (columns.contains("territory")) {
                kinds.addAll(List.of(7, 8));
            }
            int kind = kinds.get(random.nextInt(kinds.size()));
            switch (kind) {
                case 0 -> {
                    cells.set(created, "many");
                    detail = "created is text";
                }
                case 1 -> {
                    cells.set(created, "-5");
                    detail = "negative created";
                }
                case 2 -> {
                    cells.set(date, "2018-02-30");
                    detail = "impossible date";
                }
                case 3 -> {
                    cells.set(columns.indexOf("channel"), "FAX");
                    detail = "unknown channel";
                }
                case 4 -> {
                    cells.remove(cells.size() - 1);
                    detail = "a cell missing";
                }
                case 5 -> {
                    cells.add("7");
                    detail = "a cell too many";
                }
                case 6 -> {
                    cells.set(created, "1.5");
                    detail = "fractional created";
                }
                case 7 -> {
                    // A Latin-1 'é' (0xE9, put in place of the NUL once encoded): invalid UTF-8 in the territory cell.
                    cells.set(columns.indexOf("territory"), "9\u0000");
                    detail = "invalid UTF-8 in a cell";
                }
                default -> {
                    cells.set(columns.indexOf("territory"), "99");
                    detail = "unknown territory";
                }
            }
            lines.set(index, String.join(",", cells));
            detail = "row " + index + ": " + detail;
            request.mustRejectRows = true;
        } else if (request.variation == Variation.CSV_UNREADABLE) {
            int kind = random.nextInt(5);
            switch (kind) {
                case 0 -> {
                    String column = columns.get(random.nextInt(columns.size()));
                    header = String.join(",", columns.stream()
                            .map(name -> name.equals(column) ? name.substring(0, name.length() - 1) : name).toList());
                    detail = "misspelt column";
                }
                case 1 -> {
                    header = header + ",comment";
                    lines.replaceAll(line -> line + ",x");
                    detail = "unknown column";
                }
                case 2 -> {
                    List<String> twice = new ArrayList<>(columns);
                    twice.set(1, twice.get(0));
                    header = String.join(",", twice);
                    detail = "a column twice";
                }
                case 3 -> {
                    header = null;
                    detail = "no header row";
                }
                default -> {
                    raw = ("\u0000" + header + "\n" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
                    detail = "NUL before the header";
                }
            }
            request.mustRefuse = true;
        } else if (values.chance(0.1)) {
            lines.clear();
            detail = "header only";
        } else if (values.chance(0.1)) {
            contentType = "text/csv; charset=UTF-8";
            raw = ("\uFEFF" + header + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
            detail = "byte order mark and CRLF";
        }
        if (raw == null) {
            StringBuilder text = new StringBuilder();
            if (header != null) {
                text.append(header).append('\n');
            }
            lines.forEach(line -> text.append(line).append('\n'));
            raw = text.toString().getBytes(StandardCharsets.UTF_8);
            if (detail.endsWith("invalid UTF-8 in a cell")) {
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = raw[i] == 0 ? (byte) 0xE9 : raw[i];
                }
            }
        }
        replaceDetail(request, detail);
        request.body(contentType, raw);
        if (request.operation.uploadsFile()) {
            // A file is judged by its job after the 202 (ImportJobTest checks how); its upload only by the contract.
            request.mustRefuse = false;
            request.mustRejectRows = false;
        }
    }

    private static String line(ObjectNode row, List<String> columns) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            JsonNode value = row.get(column);
            cells.add(value == null || value.isNull() ? "" : value.asText());
        }
        return String.join(",", cells);
    }

    // ---- tokens -----------------------------------------------------------------------------------------------

    private void spoilToken(FuzzRequest request) {
        int kind = random.nextInt(9);
        String detail;
        String header;
        switch (kind) {
            case 0 -> {
                header = null;
                detail = "no token";
            }
            case 1 -> {
                header = "Bearer not-a-jwt";
                detail = "garbage token";
            }
            case 2 -> {
                header = "Basic dXNlcjpwYXNz";
                detail = "basic credentials";
            }
            case 3 -> {
                header = "Bearer " + TestTokens.sign(TestTokens.claims("late", "admin", List.of())
                        .expiresAt(System.currentTimeMillis() / 1000 - 3600));
                detail = "expired token";
            }
            case 4 -> {
                header = "Bearer " + TestTokens.sign(TestTokens.claims("stranger", "admin", List.of())
                        .issuer("https://elsewhere.example/"));
                detail = "other issuer";
            }
            case 5 -> {
                header = "Bearer " + TestTokens.sign(TestTokens.claims("stranger", "admin", List.of())
                        .audience("another-service"));
                detail = "other audience";
            }
            case 6 -> {
                header = "Bearer " + TestTokens.claims("forger", "admin", List.of()).sign(TestTokens.strangerKey());
                detail = "signed by an untrusted key";
            }
            case 7 -> {
                Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
                header = "Bearer " + base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                        + "." + base64.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\""
                                + TestTokens.AUDIENCE + "\",\"groups\":[\"admin\"],\"exp\":"
                                + (System.currentTimeMillis() / 1000 + 3600) + "}").getBytes(StandardCharsets.UTF_8))
                        + ".";
                detail = "unsigned token (alg none)";
            }
            default -> {
                header = "Bearer " + "A".repeat(10_000);
                detail = "a 10 000-character token";
            }
        }
        if (header == null) {
            request.headers.remove("Authorization");
        } else {
            request.header("Authorization", header);
        }
        if (request.operation.needsToken() && kind != 8) {
            request.expectedStatus = 401;
        }
        if (request.operation.needsToken()) {
            request.mustRefuse = true;
        }
        replaceDetail(request, detail);
    }

    private void disallowedToken(FuzzRequest request) {
        boolean reader = values.chance(0.4);
        request.header("Authorization", "Bearer " + (reader ? TestTokens.reader() : TestTokens.producer("R93")));
        boolean batch = request.operation.id().endsWith("Batch");
        // Any producer may import, and follow or cancel its own jobs; a file's lines outside its regions fail its job.
        boolean imports = request.operation.path().startsWith("/api/v1/imports");
        // A batch that is not atomic answers 200 with the items outside the token's regions rejected (README).
        request.mustRefuse = reader || !batch && !imports;
        request.mustRejectRows = !reader && batch;
        replaceDetail(request, reader ? "reader role" : "producer of R93 (Provence-Alpes-Côte d'Azur)");
    }
}
