import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

public class UploadController {
    private static final Set<String> ALLOWED_EXTENSIONS = Set.of("png", "jpg");
    private final Path uploadDir = Paths.get("uploads");

    @PostMapping("/upload")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        File dest = new File("/var/www/uploads", file.getOriginalFilename());
        // ruleid: java-unrestricted-upload
        file.transferTo(dest);
        return "ok";
    }

    @PostMapping("/copy")
    public String copy(@RequestParam("file") MultipartFile file) throws IOException {
        Path target = uploadDir.resolve(file.getOriginalFilename());
        // ruleid: java-unrestricted-upload
        Files.copy(file.getInputStream(), target);
        return "ok";
    }

    public void servlet(HttpServletRequest request) throws Exception {
        Part part = request.getPart("doc");
        String name = Paths.get(part.getSubmittedFileName()).getFileName().toString();
        // ruleid: java-unrestricted-upload
        try (FileOutputStream out = new FileOutputStream("uploads/" + name)) {
            out.write(part.getInputStream().readAllBytes());
        }
    }

    @PostMapping("/checked")
    public String checked(@RequestParam("file") MultipartFile file) throws IOException {
        String original = file.getOriginalFilename();
        String ext = original.substring(original.lastIndexOf('.') + 1).toLowerCase();
        if (!ALLOWED_EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("type");
        }
        // ok: java-unrestricted-upload
        Files.copy(file.getInputStream(), uploadDir.resolve(UUID.randomUUID() + "." + ext));
        return "ok";
    }

    @PostMapping("/generated")
    public String generated(@RequestParam("file") MultipartFile file) throws IOException {
        // ok: java-unrestricted-upload
        file.transferTo(uploadDir.resolve(UUID.randomUUID().toString()));
        return "ok";
    }
}
