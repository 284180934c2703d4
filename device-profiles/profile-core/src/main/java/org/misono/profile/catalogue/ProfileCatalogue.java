package org.misono.profile.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.misono.profile.DeviceProfile;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.ProfileLoader;
import org.misono.profile.load.ProfileProblem;

/**
 * Profiles by reference. A broken file does not hide the good ones: its problems are kept in
 * {@link #problems()} for whoever presents them (the vendor tool, the gateway's log and status).
 */
public final class ProfileCatalogue {

    /** Where profile files sit inside a jar, e.g. the catalogue jar or a vendor's own. */
    public static final String CLASSPATH_ROOT = "META-INF/misono/profiles";

    private final Map<String, DeviceProfile> byReference;
    private final List<ProfileProblem> problems;

    private ProfileCatalogue(Map<String, DeviceProfile> byReference, List<ProfileProblem> problems) {
        this.byReference = byReference;
        this.problems = List.copyOf(problems);
    }

    public static ProfileCatalogue of(Collection<DeviceProfile> profiles) {
        Map<String, DeviceProfile> map = new TreeMap<>();
        profiles.forEach(p -> map.put(p.reference(), p));
        return new ProfileCatalogue(map, List.of());
    }

    /** Every {@code .yaml}, {@code .yml} and {@code .json} file below a folder. */
    public static ProfileCatalogue fromDirectory(Path dir, ProfileLoader loader) {
        Collector collector = new Collector(loader);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(ProfileCatalogue::isProfileFile).sorted().forEach(collector::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list profiles in " + dir, e);
            }
        }
        return collector.build();
    }

    /** Every profile under {@link #CLASSPATH_ROOT} in the jars and folders a class loader sees. */
    public static ProfileCatalogue fromClassPath(ClassLoader classLoader, ProfileLoader loader) {
        Collector collector = new Collector(loader);
        try {
            Enumeration<URL> roots = classLoader.getResources(CLASSPATH_ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                        files.filter(ProfileCatalogue::isProfileFile).sorted().forEach(collector::add);
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    addJarEntries(root, collector);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list profiles on the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return collector.build();
    }

    private static void addJarEntries(URL root, Collector collector) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            List<JarEntry> entries = jar.stream()
                    .filter(e -> e.getName().startsWith(CLASSPATH_ROOT + "/") && isProfileName(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    collector.add(entry.getName(), in);
                }
            }
        }
    }

    private static boolean isProfileFile(Path p) {
        return Files.isRegularFile(p) && isProfileName(p.getFileName().toString());
    }

    private static boolean isProfileName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * A profile by {@code id@version}, or by bare {@code id} for its highest version.
     */
    public Optional<DeviceProfile> find(String reference) {
        if (reference.contains("@")) {
            return Optional.ofNullable(byReference.get(reference));
        }
        return byReference.values().stream()
                .filter(p -> p.id().equals(reference))
                .max(Comparator.comparing(p -> SemanticVersion.parse(p.version())));
    }

    public List<DeviceProfile> profiles() {
        return List.copyOf(byReference.values());
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    private static final class Collector {
        private final ProfileLoader loader;
        private final Map<String, DeviceProfile> profiles = new TreeMap<>();
        private final List<ProfileProblem> problems = new ArrayList<>();

        Collector(ProfileLoader loader) {
            this.loader = loader;
        }

        void add(Path file) {
            try {
                keep(loader.load(file));
            } catch (InvalidProfileException e) {
                problems.addAll(e.problems());
            }
        }

        void add(String source, InputStream in) {
            try {
                keep(loader.load(source, in));
            } catch (InvalidProfileException e) {
                problems.addAll(e.problems());
            }
        }

        private void keep(DeviceProfile profile) {
            DeviceProfile earlier = profiles.putIfAbsent(profile.reference(), profile);
            if (earlier != null) {
                problems.add(new ProfileProblem(profile.source(), 1, 1, "id",
                        "declares " + profile.reference() + ", already declared by " + earlier.source()
                                + "; raise the version or remove one file"));
            }
        }

        ProfileCatalogue build() {
            return new ProfileCatalogue(profiles, problems);
        }
    }
}
