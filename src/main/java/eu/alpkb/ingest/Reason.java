package eu.alpkb.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a document was skipped or failed: a stable code that a page can put in its own language, the values that vary
 * (a limit, an HTTP status, an address) and the same words in English for logs, the command line and the API.
 *
 * @param code    the key of the words, {@code reason.<code>} in the web bundles; null when the words come from
 *                elsewhere (a library's exception message) and exist only in English; a reason made of parts (a
 *                failure, then how often it was tried) joins their codes with {@code +}, and their values follow
 *                one another in {@code args}
 * @param english the reason as an English sentence, exactly as logs and reports have always shown it
 * @param args    the values that {@code {0}}, {@code {1}}... stand for in the translated words
 */
public record Reason(String code, String english, List<Object> args) {
    public Reason {
        // an argument may be null (an exception without a message); List.copyOf would refuse it
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** @return a reason with a code, its English words and the values the words are made of */
    public static Reason of(String code, String english, Object... args) {
        return new Reason(code, english, Arrays.asList(args));
    }

    /**
     * @return this reason followed by {@code next} ("HTTP 503" then "; gave up after 3 attempts"); without a code
     *         when either part has none, since a page could then say only half of it in its own language
     */
    public Reason then(Reason next) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(next.args);
        return new Reason(code == null || next.code == null ? null : code + "+" + next.code, english + next.english,
                all);
    }

    /** @return a reason that has English words only */
    public static Reason text(String english) {
        return new Reason(null, english, List.of());
    }
}
