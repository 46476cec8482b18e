package eu.alpkb.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a document as DOCX with Apache POI XWPF: title block, headings, paragraphs, lists and page breaks. */
final class DocxWriter {

    byte[] write(SourceDocument d) throws IOException {
        LocalDateTime created = d.created().atTime(Dates.PUBLISHED_AT);
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun tr = title.createRun();
            tr.setBold(true);
            tr.setFontSize(20);
            tr.setText(d.title());
            if (d.author() != null) {
                XWPFRun ar = doc.createParagraph().createRun();
                ar.setFontSize(11);
                ar.setText(d.author() + " \u2013 " + Dates.longDate(d.created(), d.lang()));
            }
            List<List<Block>> pages = d.pages();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
                for (Block b : pages.get(i)) {
                    block(doc, b);
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(d.title());
            if (d.author() != null) {
                core.setCreator(d.author());
                core.setLastModifiedByUser(d.author());
            } else {
                core.setCreator("");
            }
            Date when = Date.from(created.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setRevision("1");
            // The partners wrote their documents in Word; the default would name the library instead.
            doc.getProperties().getExtendedProperties().setApplication("Microsoft Office Word");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return Zips.normalise(out.toByteArray(), created);
        }
    }

    private static void block(XWPFDocument doc, Block b) {
        if (b instanceof Block.Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(240);
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setFontSize(h.level() == 1 ? 16 : h.level() == 2 ? 13 : 11);
            r.setText(Inline.printed(h.text()));
        } else if (b instanceof Block.Paragraph para) {
            doc.createParagraph().createRun().setText(Inline.printed(para.text()));
        } else if (b instanceof Block.Quote q) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(567);
            XWPFRun r = p.createRun();
            r.setItalic(true);
            r.setText(Inline.printed(q.text()));
        } else if (b instanceof Block.ListBlock l) {
            int n = 1;
            for (String item : l.items()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(567);
                p.setIndentationHanging(283);
                p.createRun().setText((l.ordered() ? (n++) + ".\t" : "\u2022\t") + Inline.printed(item));
            }
        }
    }
}
