import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

class Downloads {
    private static final String BASE = "/srv/files";

    byte[] read(HttpServletRequest request) throws Exception {
        String name = request.getParameter("file");
        // ruleid: java-path-from-request
        File f = new File(BASE, name);
        // ruleid: java-path-from-request
        FileInputStream in = new FileInputStream(BASE + "/" + request.getParameter("other"));
        // ok: java-path-from-request
        File fixed = new File(BASE, "index.html");
        Path safe = Paths.get(BASE).resolve(Paths.get(name).getFileName().toString()).normalize();
        // ok: java-path-from-request
        return Files.readAllBytes(safe);
    }

    byte[] download(@RequestParam String path) throws Exception {
        // ruleid: java-path-from-request
        return Files.readAllBytes(Paths.get(BASE, path));
    }

    void upload(MultipartFile file) throws Exception {
        // ruleid: java-path-from-request
        file.transferTo(new File(BASE, file.getOriginalFilename()));
    }
}
