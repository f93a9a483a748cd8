import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContactsCsv } from "../../../src/core/import/csv";
import { looksDayFirst, readDayMonthYear, readIsoBirthday, readSlashDate } from "../../../src/core/import/person";
import { decodeExport, readContactsFile } from "../../../src/core/import/read";

const IMPORTS = new URL("../../../examples/vault/imports/", import.meta.url);
const sample = (name: string): string => decodeExport(readFileSync(new URL(name, IMPORTS)));

describe("dates as exports write them", () => {
  it.each([
    ["1985-04-15", "1985-04-15"],
    ["19850415", "1985-04-15"],
    ["--0415", "--04-15"],
    [" --04-15", "--04-15"],
    ["04-15", "--04-15"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", null],
    ["--02-30", null],
    ["15/04/1985", null],
    ["April 15", null],
  ])("birthday %s", (value, expected) => {
    expect(readIsoBirthday(value)).toBe(expected);
  });

  it.each([
    ["12 Mar 2024", "2024-03-12"],
    ["03 Nov 2026", "2026-11-03"],
    ["7-Feb-22", "2022-02-07"],
    ["1 September 2020", "2020-09-01"],
    ["2024-03-12", "2024-03-12"],
    ["31 Feb 2024", null],
    ["12 Foo 2024", null],
  ])("LinkedIn's Connected On %s", (value, expected) => {
    expect(readDayMonthYear(value)).toBe(expected);
  });

  it.each([
    ["4/15/1985", false, "1985-04-15"],
    ["15/04/1985", true, "1985-04-15"],
    ["03/12/1991", true, "1991-12-03"],
    ["03/12/1991", false, "1991-03-12"],
    ["1.2.85", true, "1985-02-01"],
    ["1/2/07", false, "2007-01-02"],
    ["13/13/2000", true, null],
  ])("Outlook's %s (day first: %s)", (value, dayFirst, expected) => {
    expect(readSlashDate(value, dayFirst)).toEqual({ date: expected });
  });

  it("reads Outlook's 0/0/00 as no date, and tells day-first columns by a first number over 12", () => {
    expect(readSlashDate("0/0/00", false)).toBe("none");
    expect(looksDayFirst(["0/0/00", "03/12/1991", "21/07/1979"])).toBe(true);
    expect(looksDayFirst(["0/0/00", "03/12/1991", "7/21/1979"])).toBe(false);
  });
});

describe("Google Contacts CSV", () => {
  it("reads the newer export: names, ::: lists, labels, address, website, a BOM", () => {
    const file = readContactsFile(sample("google.csv"), "google.csv");
    expect(file.kind).toBe("google");
    const chiara = file.people.find((p) => p.name === "Chiara Bellini");
    expect(chiara?.fields).toEqual({
      name: "Chiara Bellini",
      email: "chiara@studiobellini.example",
      phone: "+39 347 555 0192",
      company: "Studio Bellini",
      role: "Product designer",
      location: "Milano, Italy",
      linkedin: "https://www.linkedin.com/in/chiara-bellini-example",
    });
    const aiko = file.people.find((p) => p.name === "Aiko Tanaka");
    expect(aiko?.emails).toEqual(["aiko.tanaka@example.jp", "aiko@tanaka-studio.example"]);
    expect(aiko?.fields.birthday).toBe("--12-03");
    // The honorific is a prefix column, not part of the name; the middle name is.
    expect(file.people.map((p) => p.name)).toContain("Małgorzata Wiśniewska");
    expect(file.people.map((p) => p.name)).toContain("Lan Thị Nguyễn");
    expect(file.problems).toEqual(["google.csv row 8: no name; skipped"]);
  });

  it("reads the older export (Name, Given Name, E-mail 1 - Value, Organization 1 - Name)", () => {
    const csv = [
      "Name,Given Name,Additional Name,Family Name,Birthday,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title,Address 1 - City,Address 1 - Country",
      "Sam Rivera,Sam,,Rivera,1980-01-31,* Work,sam@example.com,Mobile,+1 555 0100,Acme,CTO,Austin,USA",
      ",Ann,,Lee,,,,,,,,,",
    ].join("\n");
    const file = parseContactsCsv(csv, "old.csv");
    expect(file.people.map((p) => p.fields)).toEqual([
      {
        name: "Sam Rivera",
        email: "sam@example.com",
        phone: "+1 555 0100",
        company: "Acme",
        role: "CTO",
        location: "Austin, USA",
        birthday: "1980-01-31",
      },
      { name: "Ann Lee" },
    ]);
  });

  it("reports a birthday it cannot read, naming the file, row and column", () => {
    const file = parseContactsCsv("First Name,Last Name,Birthday,E-mail 1 - Value\nAnn,Lee,next spring,ann@example.com\n", "g.csv");
    expect(file.people[0]?.fields.birthday).toBeUndefined();
    expect(file.problems).toEqual(['g.csv row 2: Birthday "next spring" is not a date (YYYY-MM-DD or --MM-DD); left out']);
  });
});

describe("Outlook CSV", () => {
  it("reads the sample: quoted columns, CRLF, day-first birthdays, 0/0/00, the LinkedIn web page", () => {
    const file = readContactsFile(sample("outlook.csv"), "outlook.csv");
    expect(file.kind).toBe("outlook");
    const bjorn = file.people.find((p) => p.name === "Björn Lindqvist");
    expect(bjorn?.fields).toMatchObject({
      birthday: "1979-07-21",
      phone: "+46 8 555 012 34",
      location: "Stockholm, Sweden",
      linkedin: "https://www.linkedin.com/in/bjorn-lindqvist-example/",
    });
    expect(file.people.find((p) => p.name === "Élodie Marchand")?.fields).toMatchObject({
      birthday: "1991-12-03",
      location: "Lyon, France",
    });
    expect(file.people.find((p) => p.name === "Oksana Kovalenko")?.fields).toEqual({
      name: "Oksana Kovalenko",
      email: "oksana.k@example.ua",
    });
    expect(file.problems).toEqual([]);
  });

  it("reads a semicolon-separated export in Windows-1252", () => {
    const text =
      '"First Name";"Last Name";"E-mail Address";"Company";"Job Title"\r\n"Zoë";"O\x92Brien";"zoe@example.ie";"Caf\xe9 \x80";"CEO"\r\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const file = readContactsFile(decodeExport(bytes), "o.csv");
    expect(file.people[0]?.fields).toEqual({ name: "Zoë O’Brien", email: "zoe@example.ie", company: "Café €", role: "CEO" });
  });
});

describe("LinkedIn Connections.csv", () => {
  it("skips the notes before the header, and reads Connected On", () => {
    const file = readContactsFile(sample("linkedin-connections.csv"), "Connections.csv");
    expect(file.kind).toBe("linkedin");
    expect(file.people).toHaveLength(7);
    expect(file.people[3]?.fields).toEqual({
      name: "Ingrid Solberg",
      company: "Nordlys Energi",
      role: "Head of talent, Oslo",
      linkedin: "https://www.linkedin.com/in/ingrid-solberg-example",
      connected: "2026-11-03",
    });
    expect(file.people[4]?.fields.role).toBe('Engineering manager, "Core"');
  });

  it("reads the preamble even when LinkedIn quotes it, and reports a bad date", () => {
    const csv =
      '"Notes:"\n"When exporting, some emails are missing, you see."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,https://www.linkedin.com/in/ann,,Acme,CTO,sometime\n';
    const file = parseContactsCsv(csv, "Connections.csv");
    expect(file.people.map((p) => p.name)).toEqual(["Ann Lee"]);
    expect(file.problems).toEqual(['Connections.csv row 5: Connected On "sometime" is not a date such as 12 Mar 2024; left out']);
  });
});

describe("files we do not know", () => {
  it.each([["Title,Body\nHello,World\n"], [""], ["just some text"]])("%j is refused with the file's name", (text) => {
    expect(() => readContactsFile(text, "notes.csv")).toThrow(/^notes\.csv: not a contact export we know/);
  });

  it("decodes UTF-8 with a BOM and UTF-16 with one", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Zoë"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeExport(utf16)).toBe("Zoë");
    expect(decodeExport(new TextEncoder().encode("\uFEFFZoë"))).toBe("Zoë");
  });
});
