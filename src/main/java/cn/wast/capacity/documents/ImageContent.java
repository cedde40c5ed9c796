package cn.wast.capacity.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG is stored only when the JDK decodes it, whole and without warnings, as the type
 * it claims, and nothing follows the image's end (PNG's IEND chunk, JPEG's EOI marker).
 */
final class ImageContent {

  static final String TRAILING = "图片文件在图像结束后还附带了其他数据，出于安全原因不予接收，请用看图软件重新保存后再上传";

  /** Only every 8th pixel of every 8th row is kept: the whole image is decoded, a fraction held. */
  private static final int SUBSAMPLING = 8;
  /** Beyond this the image is no scan but a decompression bomb (an A4 page at 600 dpi is 35 million). */
  private static final long MAX_PIXELS = 100_000_000L;

  private ImageContent() {}

  static String unreadable(DocumentType type) {
    return "文件不是有效的 " + type.name() + " 图片，无法打开，请重新保存或扫描后再上传";
  }

  static Optional<String> problem(DocumentType type, byte[] content) {
    OptionalInt end = type == DocumentType.PNG ? ImageEnd.png(content) : ImageEnd.jpeg(content);
    if (end.isEmpty()) {
      return Optional.of(unreadable(type));
    }
    if (end.getAsInt() != content.length) {
      return Optional.of(TRAILING);
    }
    return decodes(type, content) ? Optional.empty() : Optional.of(unreadable(type));
  }

  private static boolean decodes(DocumentType type, byte[] content) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == DocumentType.PNG ? "png" : "jpeg");
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + type);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      boolean[] warned = {false};
      reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warned[0] = true);
      reader.setInput(input, true, true);
      if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
        return false;
      }
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
      // A raster needs no colour conversion, so a CMYK scan decodes too (JPEG); PNG has only images.
      if (reader.canReadRaster()) {
        reader.readRaster(0, param);
      } else {
        reader.read(0, param);
      }
      return !warned[0];
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      reader.dispose();
    }
  }
}
