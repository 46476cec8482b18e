package eu.alpkb.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * One configuration file read into a typed record, remembering on which line each field was written so
 * that validation errors found after binding can still point at the line.
 */
final class YamlFile<T> {
    private final Path path;
    private final T value;
    private final Map<String, Integer> lines;

    private YamlFile(Path path, T value, Map<String, Integer> lines) {
        this.path = path;
        this.value = value;
        this.lines = lines;
    }

    static <T> YamlFile<T> read(Path path, Class<T> type) {
        ObjectMapper mapper = mapperFor(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ConfigException(path, 0, null, "file not found");
        } catch (IOException e) {
            throw new ConfigException(path, 0, null, "cannot read: " + e.getMessage());
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new ConfigException(path, 1, null, "file is empty");
            }
            return new YamlFile<>(path, value, lineIndex(mapper, bytes));
        } catch (JsonMappingException e) {
            throw new ConfigException(path, lineOf(e.getLocation()), pathOf(e), cleanMessage(e));
        } catch (JsonProcessingException e) {
            throw new ConfigException(path, lineOf(e.getLocation()), null, "syntax error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(path, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static ObjectMapper mapperFor(Path path) {
        String name = path.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".json") ? JsonMapper.builder().build() : new ObjectMapper(new YAMLFactory());
        mapper.registerModule(new JavaTimeModule());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        return mapper;
    }

    T value() {
        return value;
    }

    Path path() {
        return path;
    }

    /** An error about the field at {@code fieldPath} (e.g. {@code sources[1].path}), located on its line. */
    ConfigException error(String fieldPath, String problem) {
        return new ConfigException(path, lineOf(fieldPath), fieldPath, problem);
    }

    int lineOf(String fieldPath) {
        String p = fieldPath;
        while (p != null && !p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut > 0 ? p.substring(0, cut) : null;
        }
        return 0;
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String cleanMessage(JsonMappingException e) {
        String msg = e.getOriginalMessage();
        if (msg.startsWith("Unrecognized field")) {
            int end = msg.indexOf(" (class");
            return "unknown field" + (end > 0 ? msg.substring("Unrecognized field".length(), end) : "");
        }
        int nl = msg.indexOf('\n');
        return nl > 0 ? msg.substring(0, nl) : msg;
    }

    /** Walks the token stream once to map each field path to the line it starts on. */
    private static Map<String, Integer> lineIndex(ObjectMapper mapper, byte[] bytes) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Deque<int[]> arrayIndex = new ArrayDeque<>();
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            String pendingField = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String parent = stack.isEmpty() ? "" : stack.peek();
                switch (t) {
                    case FIELD_NAME -> {
                        pendingField = parent.isEmpty() ? p.currentName() : parent + "." + p.currentName();
                        lines.putIfAbsent(pendingField, p.currentLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String here = elementPath(parent, pendingField, arrayIndex, t == JsonToken.START_OBJECT ? p : null, lines);
                        stack.push(here);
                        arrayIndex.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                        pendingField = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        arrayIndex.pop();
                        if (!arrayIndex.isEmpty() && arrayIndex.peek()[0] >= 0) {
                            arrayIndex.peek()[0]++;
                        }
                    }
                    default -> {
                        if (pendingField == null && !arrayIndex.isEmpty() && arrayIndex.peek()[0] >= 0) {
                            lines.putIfAbsent(parent + "[" + arrayIndex.peek()[0] + "]", p.currentLocation().getLineNr());
                            arrayIndex.peek()[0]++;
                        }
                        pendingField = null;
                    }
                }
            }
        }
        return lines;
    }

    private static String elementPath(String parent, String field, Deque<int[]> arrayIndex, JsonParser p,
                                      Map<String, Integer> lines) {
        if (field != null) {
            return field;
        }
        if (!arrayIndex.isEmpty() && arrayIndex.peek()[0] >= 0) {
            String here = parent + "[" + arrayIndex.peek()[0] + "]";
            if (p != null) {
                lines.putIfAbsent(here, p.currentLocation().getLineNr());
            }
            return here;
        }
        return parent;
    }
}
