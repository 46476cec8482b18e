package eu.alpkb.corpus;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes documents as PDF with Apache PDFBox: a report-like layout with a cover page, running header and page
 * numbers, or an image-only "scan" without any text layer.
 *
 * <p>Output is reproducible: the info dates come from the source, and the trailer ID, which PDFBox would otherwise
 * derive from the clock, is a hash of the file name.
 */
final class PdfWriter {
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 72;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14.5f;
    private static final int SCAN_DPI = 150;
    /** Bundled with PDFBox, so the scan looks the same on every machine and no system font is looked up. */
    private static final String SCAN_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The three faces a layout uses; the scan uses one embedded face for all. */
    private record Fonts(PDFont regular, PDFont bold, PDFont italic) {
    }

    /** A text PDF with a cover page, as partners exported reports from their word processor. */
    byte[] text(SourceDocument d) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
            new Typesetter(doc, fonts, d).run(true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(d.title());
            if (d.author() != null) {
                info.setAuthor(d.author());
            }
            doc.getDocumentCatalog().setLanguage(d.lang());
            return save(doc, d);
        }
    }

    /**
     * An image-only PDF: the pages are typeset, rasterised in black and white, slightly skewed and speckled like a
     * paper copy run through an office scanner, and stored as CCITT G4 images. Such a file has no text to extract.
     */
    byte[] scanned(SourceDocument d) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument paper = new PDDocument(); InputStream ttf = PdfWriter.class.getResourceAsStream(SCAN_FONT)) {
            if (ttf == null) {
                throw new IOException("PDFBox resource " + SCAN_FONT + " not found");
            }
            PDFont font = PDType0Font.load(paper, ttf);
            new Typesetter(paper, new Fonts(font, font, font), d).run(false);
            PDFRenderer renderer = new PDFRenderer(paper);
            Random noise = new Random(d.file().hashCode());
            for (int i = 0; i < paper.getNumberOfPages(); i++) {
                BufferedImage gray = renderer.renderImageWithDPI(i, SCAN_DPI, ImageType.GRAY);
                images.add(scanLook(gray, noise));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : images) {
                PDPage page = new PDPage(A4);
                doc.addPage(page);
                PDImageXObject x = CCITTFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, A4.getWidth(), A4.getHeight());
                }
            }
            return save(doc, d);
        }
    }

    private static BufferedImage scanLook(BufferedImage gray, Random noise) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        BufferedImage skewed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = skewed.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double angle = Math.toRadians(0.2 + noise.nextDouble() * 0.6) * (noise.nextBoolean() ? 1 : -1);
        g.drawImage(gray, AffineTransform.getRotateInstance(angle, w / 2.0, h / 2.0), null);
        g.dispose();
        BufferedImage bw = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = skewed.getRaster().getSample(x, y, 0);
                bw.getRaster().setSample(x, y, 0, v < 150 ? 0 : 1);
            }
        }
        // Dust and toner specks, and the dark edge a lid that does not close leaves along one side.
        for (int i = 0; i < 400; i++) {
            int x = noise.nextInt(w - 2);
            int y = noise.nextInt(h - 2);
            bw.getRaster().setSample(x, y, 0, 0);
            if (noise.nextInt(4) == 0) {
                bw.getRaster().setSample(x + 1, y, 0, 0);
                bw.getRaster().setSample(x, y + 1, 0, 0);
            }
        }
        int edge = 6 + noise.nextInt(8);
        for (int y = 0; y < h; y++) {
            int width = edge + (int) (3 * Math.sin(y / 37.0));
            for (int x = 0; x < width; x++) {
                bw.getRaster().setSample(x, y, 0, 0);
            }
        }
        return bw;
    }

    private static byte[] save(PDDocument doc, SourceDocument d) throws IOException {
        GregorianCalendar when = GregorianCalendar.from(
                ZonedDateTime.of(d.created(), Dates.PUBLISHED_AT, Dates.ZONE));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = md5(d.file());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** Lays blocks out on pages, one source page per PDF page and more where a page overflows. */
    private static final class Typesetter {
        private final PDDocument doc;
        private final Fonts fonts;
        private final SourceDocument d;
        private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
        private PDPageContentStream cs;
        private float y;
        private int pageNo;

        Typesetter(PDDocument doc, Fonts fonts, SourceDocument d) {
            this.doc = doc;
            this.fonts = fonts;
            this.d = d;
        }

        void run(boolean cover) throws IOException {
            try {
                if (cover) {
                    cover();
                }
                for (List<Block> page : d.pages()) {
                    newPage();
                    for (Block b : page) {
                        block(b);
                    }
                }
            } finally {
                if (cs != null) {
                    cs.close();
                }
            }
        }

        private void cover() throws IOException {
            newPage();
            float w = A4.getWidth() - 2 * MARGIN;
            y = A4.getHeight() - MARGIN;
            line(fonts.bold(), 14, MARGIN, "AlpClusters2020");
            y -= 16;
            line(fonts.regular(), 9.5f, MARGIN, switch (d.lang()) {
                case "it" -> "Programma Spazio Alpino 2007-2013";
                case "fr" -> "Programme Espace Alpin 2007-2013";
                case "de" -> "Alpenraumprogramm 2007-2013";
                default -> "Alpine Space Programme 2007-2013";
            });
            y = A4.getHeight() * 0.62f;
            for (String l : wrap(d.title(), fonts.bold(), 22, w)) {
                line(fonts.bold(), 22, MARGIN, l);
                y -= 28;
            }
            y -= 14;
            if (d.author() != null) {
                line(fonts.regular(), 12, MARGIN, d.author());
                y -= 18;
            }
            line(fonts.regular(), 12, MARGIN, Dates.longDate(d.created(), d.lang()));
            y = MARGIN + 10;
            line(fonts.regular(), 8, MARGIN, switch (d.lang()) {
                case "it" -> "Progetto cofinanziato dal Fondo europeo di sviluppo regionale";
                case "fr" -> "Projet cofinancé par le Fonds européen de développement régional";
                case "de" -> "Projekt kofinanziert durch den Europäischen Fonds für regionale Entwicklung";
                default -> "Project co-financed by the European Regional Development Fund";
            });
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageNo++;
            y = A4.getHeight() - MARGIN;
            if (pageNo > 1 || doc.getNumberOfPages() > 1) {
                float keep = y;
                y = A4.getHeight() - 40;
                line(fonts.regular(), 7.5f, MARGIN, runningHeader());
                y = 30;
                String num = String.valueOf(pageNo);
                float nw = width(fonts.regular(), 8, num);
                line(fonts.regular(), 8, (A4.getWidth() - nw) / 2, num);
                y = keep;
            }
        }

        /** Project name and title, shortened to one line as word processors do with long header fields. */
        private String runningHeader() throws IOException {
            String text = d.title().startsWith("AlpClusters2020") ? d.title() : "AlpClusters2020 \u2013 " + d.title();
            float max = A4.getWidth() - 2 * MARGIN;
            if (width(fonts.regular(), 7.5f, text) <= max) {
                return text;
            }
            String cut = text;
            while (cut.contains(" ") && width(fonts.regular(), 7.5f, cut + " \u2026") > max) {
                cut = cut.substring(0, cut.lastIndexOf(' '));
            }
            return cut + " \u2026";
        }

        private void block(Block b) throws IOException {
            float w = A4.getWidth() - 2 * MARGIN;
            if (b instanceof Block.Heading h) {
                float size = h.level() == 1 ? 15 : h.level() == 2 ? 12.5f : 11;
                ensure(size * 2 + LEADING * 2);
                y -= h.level() == 1 ? 6 : 4;
                for (String l : wrap(Inline.printed(h.text()), fonts.bold(), size, w)) {
                    line(fonts.bold(), size, MARGIN, l);
                    y -= size * 1.35f;
                }
                y -= 4;
            } else if (b instanceof Block.Paragraph p) {
                paragraph(Inline.printed(p.text()), fonts.regular(), MARGIN, w);
            } else if (b instanceof Block.Quote q) {
                paragraph(Inline.printed(q.text()), fonts.italic(), MARGIN + 20, w - 40);
            } else if (b instanceof Block.ListBlock l) {
                int n = 1;
                for (String item : l.items()) {
                    String mark = l.ordered() ? (n++) + "." : "\u2022";
                    List<String> lines = wrap(Inline.printed(item), fonts.regular(), BODY_SIZE, w - 16);
                    for (int i = 0; i < lines.size(); i++) {
                        ensure(LEADING);
                        if (i == 0) {
                            line(fonts.regular(), BODY_SIZE, MARGIN + 2, mark);
                        }
                        line(fonts.regular(), BODY_SIZE, MARGIN + 16, lines.get(i));
                        y -= LEADING;
                    }
                    y -= 2;
                }
                y -= 5;
            }
        }

        private void paragraph(String text, PDFont font, float x, float w) throws IOException {
            for (String l : wrap(text, font, BODY_SIZE, w)) {
                ensure(LEADING);
                line(font, BODY_SIZE, x, l);
                y -= LEADING;
            }
            y -= 7;
        }

        private void ensure(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        private void line(PDFont font, float size, float x, String text) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(safe(font, text));
            cs.endText();
        }

        private List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && width(font, size, candidate) > maxWidth) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }

        private float width(PDFont font, float size, String s) throws IOException {
            return font.getStringWidth(safe(font, s)) / 1000 * size;
        }

        /**
         * The standard Helvetica only encodes WinAnsi; other letters lose their accents (č becomes c) rather than
         * making the whole export fail.
         */
        private String safe(PDFont font, String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (cp == '\u202F' || cp == '\u2009' || cp == '\u2007') {
                    cp = ' ';
                } else if (cp == '\u2011') {
                    cp = '-';
                }
                if (canEncode(font, cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "");
                    sb.append(!base.isEmpty() && base.codePoints().allMatch(c -> canEncode(font, c)) ? base : "?");
                }
            });
            return sb.toString();
        }

        private boolean canEncode(PDFont font, int cp) {
            return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, k -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    // Not in the font's encoding: the caller substitutes a plain letter.
                    return false;
                }
            });
        }
    }
}
