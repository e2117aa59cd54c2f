import { describe, expect, it } from "vitest";
import { airportForms, buildAirports } from "./build-facilities.js";

describe("airportForms", () => {
  it("gives the English name and the Indonesian forms, each with its head word", () => {
    expect(airportForms("Juanda International Airport")).toEqual([
      "Juanda International Airport",
      "Juanda Airport",
      "Bandara Juanda",
      "Bandara Internasional Juanda",
      "Bandar Udara Internasional Juanda",
    ]);
  });

  it("drops a bracketed aside and never gives the bare core name", () => {
    const forms = airportForms("Ngurah Rai (Bali) International Airport");
    expect(forms[0]).toBe("Ngurah Rai International Airport");
    expect(forms).not.toContain("Ngurah Rai");
  });

  it("keeps a name without an airport word as it is", () => {
    expect(airportForms("Heliport Monaco")).toEqual(["Heliport Monaco"]);
  });
});

describe("buildAirports", () => {
  it("keeps airports with scheduled service, once per name", () => {
    const row = (name: string, scheduled: string) => ({
      name,
      type: "large_airport",
      iso_country: "ID",
      scheduled_service: scheduled,
    });
    const built = buildAirports([
      row("Juanda International Airport", "yes"),
      row("Juanda International Airport", "yes"),
      row("Halim Perdanakusuma International Airport", "no"),
    ]);
    expect(built.map((a) => a.name)).toEqual(["Juanda International Airport"]);
    expect(built[0]!.country).toBe("ID");
  });
});
