package eu.alpkb.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used as written. The message names the file, the line where the
 * parser knows it, and the field, so that a site owner can fix it without reading code.
 */
public final class ConfigException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String field;

    public ConfigException(Path file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String format(Path file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "configuration" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(": ").append(field);
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
