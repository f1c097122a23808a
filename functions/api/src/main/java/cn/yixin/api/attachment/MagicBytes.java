package cn.yixin.api.attachment;

/** The first bytes each allowed type must start with; the declared Content-Type alone proves nothing. */
final class MagicBytes {

    private MagicBytes() {
    }

    static boolean matches(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> startsWith(b, new byte[]{'%', 'P', 'D', 'F', '-'});
            case "image/png" -> startsWith(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case "image/jpeg" -> startsWith(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            default -> false;
        };
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
