package fr.dmpindicators.config;

/** The messages of a refusal and of every cause under it, one a line: what an operator reads when a start stops. */
final class Causes {

    private Causes() {
    }

    static String of(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
