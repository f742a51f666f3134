// Express endpoints for resizing user images and evaluating layout formulas.
const express = require("express");
const { exec } = require("child_process");
const fs = require("fs");
const path = require("path");

const app = express();
app.use(express.json());

app.post("/resize", (req, res) => {
  const { file, width } = req.body;
  // Shell out to ImageMagick with the user's file name.
  exec(`convert uploads/${file} -resize ${width} resized/${file}`, (err, stdout) => {
    if (err) return res.status(500).send(err.message);
    res.send(stdout);
  });
});

app.get("/layout", (req, res) => {
  // Lets designers type formulas such as "columns * 2 + 1".
  const value = eval(req.query.formula);
  res.json({ value });
});

app.get("/download", (req, res) => {
  const target = path.join(__dirname, "uploads", req.query.name);
  res.send(fs.readFileSync(target));
});

app.listen(3000);
