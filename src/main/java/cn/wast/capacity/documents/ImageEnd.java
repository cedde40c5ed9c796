package cn.wast.capacity.documents;

import java.util.OptionalInt;

/**
 * Where an image's own data ends, read from its structure: after PNG's IEND chunk, after JPEG's
 * EOI marker. Empty when the structure is broken before the end.
 */
final class ImageEnd {

  private static final int PNG_SIGNATURE = 8;
  private static final int IEND = 0x49454E44;
  private static final int JPEG_EOI = 0xD9;
  private static final int JPEG_SOS = 0xDA;

  private ImageEnd() {}

  /** The offset just after IEND's CRC: chunks are length, type, data, CRC. */
  static OptionalInt png(byte[] content) {
    long position = PNG_SIGNATURE;
    while (position + 12 <= content.length) {
      int at = (int) position;
      long length = Integer.toUnsignedLong(int32(content, at));
      int type = int32(content, at + 4);
      position += 12 + length;
      if (type == IEND) {
        return position <= content.length ? OptionalInt.of((int) position) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The offset just after EOI. Segments carry their length; after a scan's header (SOS) come
   * entropy-coded bytes, in which 0xFF is followed by 0x00 (a stuffed byte) or a restart marker.
   */
  static OptionalInt jpeg(byte[] content) {
    int position = 2;
    while (position + 1 < content.length) {
      if ((content[position] & 0xFF) != 0xFF) {
        return OptionalInt.empty();
      }
      int marker = content[position + 1] & 0xFF;
      position += 2;
      if (marker == 0xFF) {
        position--;
      } else if (marker == JPEG_EOI) {
        return OptionalInt.of(position);
      } else if (!standalone(marker)) {
        if (position + 1 >= content.length) {
          return OptionalInt.empty();
        }
        position += ((content[position] & 0xFF) << 8) | (content[position + 1] & 0xFF);
        if (marker == JPEG_SOS) {
          position = afterEntropyCodedData(content, position);
        }
      }
    }
    return OptionalInt.empty();
  }

  private static boolean standalone(int marker) {
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
  }

  private static int afterEntropyCodedData(byte[] content, int from) {
    int position = from;
    while (position + 1 < content.length) {
      if ((content[position] & 0xFF) == 0xFF) {
        int next = content[position + 1] & 0xFF;
        if (next != 0x00 && !standalone(next)) {
          return position;
        }
        position += 2;
      } else {
        position++;
      }
    }
    return content.length;
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }
}
