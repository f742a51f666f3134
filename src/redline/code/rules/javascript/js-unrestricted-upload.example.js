const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const multer = require("multer");
const formidable = require("formidable");

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, "uploads/"),
  filename: (req, file, cb) => cb(null, Date.now() + "-" + file.originalname),
});
// ruleid: js-unrestricted-upload
const upload = multer({ storage });
// ruleid: js-unrestricted-upload
const uploadAll = multer({ storage, fileFilter: (req, file, cb) => cb(null, true) });
// ok: js-unrestricted-upload
const uploadImages = multer({
  storage,
  fileFilter: (req, file, cb) => cb(null, /\.(png|jpe?g)$/i.test(file.originalname)),
});
// ok: js-unrestricted-upload
const uploadTmp = multer({ dest: "tmp/" });

app.post("/avatar", (req, res) => {
  const avatar = req.files.avatar;
  // ruleid: js-unrestricted-upload
  avatar.mv(path.join(__dirname, "public", avatar.name), () => res.send("ok"));
});

app.post("/avatar-checked", (req, res) => {
  const avatar = req.files.avatar;
  const ext = path.extname(avatar.name).toLowerCase();
  if (![".png", ".jpg"].includes(ext)) {
    return res.status(400).end();
  }
  // ok: js-unrestricted-upload
  avatar.mv(path.join(__dirname, "public", crypto.randomUUID() + ext), () => res.send("ok"));
});

app.post("/doc", upload.single("doc"), (req, res) => {
  const target = path.join("public", req.file.originalname);
  // ruleid: js-unrestricted-upload
  fs.renameSync(req.file.path, target);
  res.send("ok");
});

app.post("/doc-generated", uploadTmp.single("doc"), (req, res) => {
  // ok: js-unrestricted-upload
  fs.renameSync(req.file.path, path.join("public", crypto.randomUUID()));
  res.send("ok");
});

app.post("/form", (req, res) => {
  // ruleid: js-unrestricted-upload
  const form = formidable({ uploadDir: "public", keepExtensions: true });
  form.parse(req, () => res.send("ok"));
});

app.post("/form-filtered", (req, res) => {
  // ok: js-unrestricted-upload
  const form = formidable({
    uploadDir: "public",
    keepExtensions: true,
    filter: ({ mimetype }) => Boolean(mimetype && mimetype.startsWith("image/")),
  });
  form.parse(req, () => res.send("ok"));
});
