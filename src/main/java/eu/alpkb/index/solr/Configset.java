package eu.alpkb.index.solr;

import eu.alpkb.index.Analyzers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * The Solr configset alpkb's collections use: the schema and solrconfig shipped with alpkb, and the word lists the
 * embedded index takes from Lucene (stop words, elided articles), written out so both engines analyse documents alike.
 * Synonyms need no list of their own: alpkb expands them before a query is sent. Its name carries a hash of its content, so a changed configset never alters the one a live
 * collection was built with.
 */
public final class Configset {
    /** Stands for a stop word removed from a phrase, so the query keeps its gap (see schema.xml). */
    public static final String GAP = "_";
    /** Between the words the query analyzers put at one position (see schema.xml). */
    public static final String SAME_POSITION = "|";

    private static final String RESOURCES = "/eu/alpkb/index/solr/configset/";
    private final Map<String, byte[]> files;
    private final String name;

    public Configset() {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("solrconfig.xml", resource("solrconfig.xml"));
        f.put("schema.xml", resource("schema.xml"));
        f.put("stopwords_en.txt", words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        f.put("stopwords_it.txt", words(ItalianAnalyzer.getDefaultStopSet()));
        f.put("stopwords_fr.txt", words(FrenchAnalyzer.getDefaultStopSet()));
        f.put("stopwords_de.txt", words(GermanAnalyzer.getDefaultStopSet()));
        f.put("elisions.txt", lines(Analyzers.elisions()));
        f.put("gap.txt", lines(List.of(GAP)));
        this.files = f;
        this.name = "alpkb-" + hash(f);
    }

    /** @return the name the configset is uploaded under */
    public String name() {
        return name;
    }

    /** @return the files of the configset by name */
    public Map<String, byte[]> files() {
        return files;
    }

    /** @return the configset as the zip file Solr's configset API takes */
    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String file) {
        try (InputStream in = Configset.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("configset file missing from the build: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] words(CharArraySet set) {
        List<String> words = new ArrayList<>();
        set.forEach(o -> words.add(new String((char[]) o)));
        return lines(words);
    }

    private static byte[] lines(Collection<String> lines) {
        StringBuilder sb = new StringBuilder();
        new TreeSet<>(lines).forEach(l -> sb.append(l).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.forEach((k, v) -> {
                md.update(k.getBytes(StandardCharsets.UTF_8));
                md.update(v);
            });
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
