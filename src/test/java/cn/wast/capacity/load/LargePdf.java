package cn.wast.capacity.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A real one-page PDF of about the given size, as a scanner writes a large board resolution: its
 * page content carries the bulk (unfiltered, random, so that nothing on the way compresses it).
 */
final class LargePdf {

  private LargePdf() {}

  static byte[] ofAbout(int bytes, long seed) {
    Random random = new Random(seed);
    HexFormat hex = HexFormat.of();
    byte[] line = new byte[60];
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096)) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDStream content = new PDStream(document);
      try (OutputStream stream = content.createOutputStream()) {
        // Comment lines: the page draws nothing, every viewer skips them.
        for (int written = 0; written < bytes; written += 2 * line.length + 3) {
          random.nextBytes(line);
          stream.write(("% " + hex.formatHex(line) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
      }
      page.setContents(content);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
