package eu.alpkb.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The look-ahead on a pattern's first characters changes nothing the pattern finds, only how fast it looks. */
class WordPatternsTest {
    @Test
    void the_first_characters_of_a_rule_are_those_its_alternatives_begin_with() {
        assertThat(WordPatterns.firstCharacters("call|calls")).isEqualTo("(?=[\\x{63}])");
        String numbered = WordPatterns.firstCharacters("(1st|2nd|\\d+th|first) call|deadline");
        for (char c : "0123456789fd".toCharArray()) {
            assertThat(Pattern.matches(numbered.replace("(?=", "").replace("])", "]"), String.valueOf(c)))
                    .as(String.valueOf(c)).isTrue();
        }
        assertThat(Pattern.matches(numbered.replace("(?=", "").replace("])", "]"), "c")).isFalse();
        // any letter can begin a word that merely contains the stem: no look-ahead at all
        assertThat(WordPatterns.firstCharacters("\\w*(konferenz|tagung)\\w*")).isEmpty();
    }

    @Test
    void rules_with_the_look_ahead_find_what_they_found_without_it() {
        String text = "la conferenza si e svolta a torino; 2nd call for proposals: application deadline 3 may. "
                + "the 12th call opens a call. jahreskonferenz und fachtagung fand in linz statt. q a with the "
                + "lead partner; iscrizioni aperte, inscription et inscriptions. o nas: zavod je neprofitna.";
        for (String rule : List.of("conferenza|si e svolt[oa]|fand .{0,40} statt",
                "call for (project )?(proposals|projects)|(1st|2nd|3rd|\\d+th|first) call|application deadline",
                "(opened|opens|launched|launches) a call", "\\w*(konferenz|tagung)\\w*", "q a|lead partner",
                "iscrizion[ei]|inscriptions?", "o nas|zavod je|neprofitna")) {
            Pattern plain = Pattern.compile("\\b(" + rule + ")\\b");
            Pattern ahead = WordPatterns.words(rule);
            assertThat(matches(ahead, text)).as(rule).isEqualTo(matches(plain, text)).isNotEmpty();
        }
    }

    @Test
    void words_are_found_where_the_engine_finds_them_and_counted_as_it_counts_them() {
        List<String> texts = List.of("la conferenza si e svolta a torino; 2nd call for proposals, the 12th call.",
                "_conference conference_ 3conference conference3 -conference- é conference conférence",
                "x-call call-x recall calls call. call,call;call", "", "call", "konferenz jahreskonferenz",
                "q a qa q  a", "fand in linz statt und fand  statt", "ùcall calĺ callé ßcall",
                "we will hold its meeting; the board holds their vote, hold its; findet morgen statt; withhold its");
        for (String rule : List.of("conferenza|conference|si e svolt[oa]|fand .{0,40} statt", "call|calls",
                "(hold|holds|will hold) (its|their)|(fand|findet)[^!?]{0,40}?\\bstatt|held",
                "call for (project )?(proposals|projects)|(1st|2nd|3rd|\\d+th|first) call", "q a|lead partner",
                "\\w*(konferenz|tagung)\\w*")) {
            WordPatterns.Words words = WordPatterns.find(rule);
            for (String text : texts) {
                int all = matches(words.pattern(), text).size();
                assertThat(words.count(text, Integer.MAX_VALUE)).as(rule + " in " + text).isEqualTo(all);
                assertThat(words.count(text, 1)).as(rule + " in " + text).isEqualTo(Math.min(1, all));
                assertThat(words.in(text)).as(rule + " in " + text).isEqualTo(all > 0);
                assertThat(words.count(text, WordPatterns.wordStarts(text), Integer.MAX_VALUE)).as(rule + " in " + text)
                        .isEqualTo(all);
            }
        }
    }

    @Test
    void a_group_that_opens_an_alternative_gives_the_texts_a_match_begins_with() {
        assertThat(WordPatterns.Words.literalPrefixes("(hold|holds|will hold) (its|their)"))
                .containsExactly("hold", "holds", "will hold");
        assertThat(WordPatterns.Words.literalPrefixes("(fand|find(et|en))[^!?]{0,9}statt"))
                .containsExactly("fand", "find");
        assertThat(WordPatterns.Words.literalPrefixes("organisee?s? par")).containsExactly("organise");
        // a group that may match nothing, a class or a digit first, and a look-ahead give no text
        assertThat(WordPatterns.Words.literalPrefixes("(its \\w+ )?with")).isNull();
        assertThat(WordPatterns.Words.literalPrefixes("(1st|\\d+th) call")).isNull();
        assertThat(WordPatterns.Words.literalPrefixes("([ab]c|d) x")).isNull();
        assertThat(WordPatterns.Words.literalPrefixes("(?=a)(a|b)")).isNull();
    }

    @Test
    void words_that_ignore_case_and_end_a_text_are_found_where_the_whole_pattern_finds_them() {
        String cues = "behind|than|such as|e\\.g\\.|z\\.\\s?b\\.|außer|derrière|tels? que|npr\\.";
        String after = "\\b[^.!?;:\\n]{0,25}$";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Pattern whole = Pattern.compile("\\b(" + cues + ")\\b" + after, flags);
        WordPatterns.Words words = WordPatterns.find(cues, after, flags);
        for (String text : List.of("second only BEHIND the Tyrol", "Such as", "such as Zurich. Then", "e.g. Linz",
                "Z. B. Graz", "z.b. Graz", "AUSSER Wien", "derrière Lyon", "Tel que", "tels que Nice", "npr. Celje",
                "Außer\nLinz", "xbehind Linz", "than", "", "other than the region of Upper Austria and more words")) {
            assertThat(words.in(text)).as(text).isEqualTo(whole.matcher(text).find());
        }
    }

    @Test
    void the_matches_are_those_the_engine_finds_one_after_another_and_from_any_place() throws Exception {
        List<String> texts = new ArrayList<>(List.of("organised by the cluster and hosted by the region",
                "organisee par, organisees par xorganised by, co-organised by", "", "à l'initiative de la région",
                "nella sede della camera; in den raumen des clusters", "on the initiative of the agency"));
        for (eu.alpkb.eval.RealPages.Page p : eu.alpkb.eval.RealPages.load().pages()) {
            texts.add(eu.alpkb.config.Text.fold(p.text()).toLowerCase(java.util.Locale.ROOT));
        }
        String phrases = "organised by|organized by|hosted by|co-organised by|organisee? par|"
                + "(at|on) the initiative of( the)?|a l['’]initiative d(e|u|es)|nella sede d(el|ella|ello|i)";
        WordPatterns.Words words = WordPatterns.find(phrases, "\\b", 0);
        Pattern whole = Pattern.compile("\\b(" + phrases + ")\\b");
        texts.addAll(RandomTexts.of(List.of("organised by", "hosted by", "co-", "x", " ", "the ", "initiative of ",
                "on ", "at ", "nella sede della", "é", ",", "organisee par"), 10, 5_000, 3));
        for (String text : texts) {
            List<Integer> ends = new ArrayList<>();
            List<Integer> spans = new ArrayList<>();
            for (Matcher m = whole.matcher(text); m.find(); ) {
                ends.add(m.end());
                spans.add(m.start());
                spans.add(m.end());
            }
            String shown = text.substring(0, Math.min(60, text.length()));
            assertThat(java.util.Arrays.stream(words.ends(text)).boxed().toList()).as(shown)
                    .containsExactlyElementsOf(ends);
            assertThat(java.util.Arrays.stream(words.spans(text)).boxed().toList()).as(shown)
                    .containsExactlyElementsOf(spans);
            // the first match from any place, as a search begun there finds it
            int from = text.length() / 2;
            int[] span = new int[2];
            Matcher m = whole.matcher(text);
            boolean found = m.find(from);
            assertThat(words.next(text, from, span)).as(shown).isEqualTo(found);
            if (found) {
                assertThat(span).as(shown).containsExactly(m.start(), m.end());
            }
        }
    }

    @Test
    void the_look_ahead_on_unfolded_text_ignoring_case_changes_no_match() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String regex = "(?:\\bv\\. ?l\\.|from (?:the )?left|de gauche à droite|©|\\b(?:foto|photo|bild)s?:|\\bsecond)";
        Pattern plain = Pattern.compile(regex, flags);
        Pattern ahead = WordPatterns.compileWithFirstCharacters(regex, flags);
        String letters = "vlfromtheLEFTdgauchàdroite©photosbildFOTO: .ſ\u212A\u00c0x";
        List<String> texts = new ArrayList<>(List.of("V. l. Anna", "FROM THE LEFT", "De Gauche À Droite", "Foto: x",
                "\u017Fecond", "Photos:"));
        texts.addAll(RandomTexts.of(letters, 30, 20_000, 7));
        for (String text : texts) {
            assertThat(matches(ahead, text)).as(text).isEqualTo(matches(plain, text));
        }
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
