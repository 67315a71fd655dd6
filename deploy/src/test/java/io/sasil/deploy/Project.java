package io.sasil.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checkout is: the {@code sasil.root} system property (set by the pom) or the parent of the working directory. */
public final class Project {

    private Project() {
    }

    public static Path root() {
        String configured = System.getProperty("sasil.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("deploy/k8s"))) {
            root = Path.of("").toAbsolutePath().getParent();
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path k8s() {
        return root().resolve("deploy/k8s");
    }
}
