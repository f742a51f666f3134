import express, { Request, Response } from "express";

const app = express();
app.get("/greet", (req: Request, res: Response) => {
  // ruleid: express-reflected-xss
  res.send(`<p>Hi ${req.query.name}</p>`);
  // ok: express-reflected-xss
  res.send(`<p>Hi ${JSON.stringify(req.query.name)}</p>`);
});
