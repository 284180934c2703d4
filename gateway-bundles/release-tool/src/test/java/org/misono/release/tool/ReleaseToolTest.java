package org.misono.release.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReleaseToolTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ReleaseTool());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void keygen_create_and_verify_make_a_release_a_gateway_accepts_and_catch_a_tampered_one() throws Exception {
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        bundle(bundles.resolve("a.jar"), "org.example.a");

        assertThat(run("keygen", "--out", dir.resolve("keys/release").toString())).isZero();
        assertThat(run("create", "--version", "0.2.0", "--bundles", bundles.toString(), "--key",
                dir.resolve("keys/release.pem").toString(), "--out", dir.resolve("r.zip").toString())).isZero();
        assertThat(out.toString()).contains("release 0.2.0 (full), 1 bundles");
        assertThat(run("verify", dir.resolve("r.zip").toString(), "--public-key",
                dir.resolve("keys/release.pub.pem").toString())).isZero();

        byte[] bytes = Files.readAllBytes(dir.resolve("r.zip"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(dir.resolve("r.zip"), bytes);
        assertThat(run("verify", dir.resolve("r.zip").toString(), "--public-key",
                dir.resolve("keys/release.pub.pem").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not valid: its SHA-256 is");
    }

    @Test
    void a_jar_that_is_not_a_bundle_is_refused() throws Exception {
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Files.write(bundles.resolve("plain.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0});
        run("keygen", "--out", dir.resolve("k").toString());

        assertThat(run("create", "--version", "0.2.0", "--bundles", bundles.toString(), "--key",
                dir.resolve("k.pem").toString(), "--out", dir.resolve("r.zip").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("plain.jar is not an OSGi bundle");
    }

    private static void bundle(Path jar, String bsn) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        m.getMainAttributes().putValue("Bundle-SymbolicName", bsn);
        m.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m)) {
            out.flush();
        }
    }
}
