package fr.dmpindicators.security;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * This installation's own token signing key, for an installation without an identity provider: an RSA pair
 * generated on the first start and kept in a folder beside the data ({@code private.pem}, readable by its owner only,
 * and {@code public.pem}), so that only someone with access to the installation's files can mint tokens for it.
 */
public final class InstallationKey {

    static final String PRIVATE_FILE = "private.pem";
    static final String PUBLIC_FILE = "public.pem";

    private final PublicKey publicKey;

    private InstallationKey(PublicKey publicKey) {
        this.publicKey = publicKey;
    }

    /** The key kept in {@code folder}, generated there first if the folder holds none. */
    public static InstallationKey loadOrCreate(Path folder) {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        try {
            if (!Files.exists(privateFile)) {
                create(folder);
            }
            String pem = Files.readString(privateFile, StandardCharsets.US_ASCII);
            return new InstallationKey(publicHalf(KeyUtils.decodePrivateKey(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the installation's token key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The installation's token key " + privateFile + " cannot be read as an RSA"
                    + " private key; remove the folder to generate a new one.", e);
        }
    }

    /** The public half as a PEM document, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static void create(Path folder) throws IOException, GeneralSecurityException {
        Path absolute = folder.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (!Files.isDirectory(absolute)) {
            Files.createDirectory(absolute, ownerOnly("rwx------"));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        writeOnce(folder.resolve(PUBLIC_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()), "rw-r--r--");
        // The private half is written last, readable by its owner only from the moment the file exists: its presence
        // is what marks the pair as complete.
        writeOnce(folder.resolve(PRIVATE_FILE), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
    }

    /**
     * Creates the file with its permissions from the start (never readable by others, not even for an instant), or
     * leaves it as it is if another start created it first.
     */
    private static void writeOnce(Path file, String content, String permissions) throws IOException {
        try {
            Files.createFile(file, ownerOnly(permissions));
        } catch (FileAlreadyExistsException anotherStartWroteItFirst) {
            return;
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static PublicKey publicHalf(PrivateKey privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
            throw new GeneralSecurityException("not an RSA private key with its public exponent");
        }
        return KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The permissions a new file or folder is created with, where the file system has POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(String permissions) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return new FileAttribute<?>[0];
        }
        var attribute = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
        return new FileAttribute<?>[] {attribute};
    }
}
