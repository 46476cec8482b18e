package eu.alpkb.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** ZIP packages (DOCX, ODT) with fixed entry times, so that rebuilding them yields the same bytes. */
final class Zips {
    private Zips() {
    }

    /**
     * Copies a ZIP entry by entry, in the same order, with every timestamp set to {@code time}. Entry times are set
     * as local date-times because {@link ZipEntry#setTime(long)} converts through the machine's time zone.
     */
    static byte[] normalise(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if ("mimetype".equals(e.getName())) {
                    putStored(z, e.getName(), data, time);
                } else {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(time);
                    z.putNextEntry(copy);
                    z.write(data);
                    z.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /** An uncompressed entry; ODF requires its {@code mimetype} to be stored so it can be read at a fixed offset. */
    static void putStored(ZipOutputStream z, String name, byte[] data, LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        e.setTimeLocal(time);
        z.putNextEntry(e);
        z.write(data);
        z.closeEntry();
    }

    static void putDeflated(ZipOutputStream z, String name, byte[] data, LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        z.putNextEntry(e);
        z.write(data);
        z.closeEntry();
    }
}
