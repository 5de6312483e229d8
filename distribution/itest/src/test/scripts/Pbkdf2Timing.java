import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Times one log-in's password hash (PBKDF2-SHA256, 210,000 iterations, as the security bundle
 * does) under the JVM options given on the command line, to judge start-up JIT settings:
 * {@code java [options] distribution/itest/src/test/scripts/Pbkdf2Timing.java}.
 * Hashes 12 times and prints the last 3 durations (the first ones include JIT warm-up).
 */
public class Pbkdf2Timing {
    public static void main(String[] args) throws Exception {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[16];
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            factory.generateSecret(new PBEKeySpec("correct horse battery".toCharArray(), salt, 210_000, 256)).getEncoded();
            if (i >= 9) {
                System.out.println((System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }
}
