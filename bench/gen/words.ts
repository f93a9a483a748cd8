/** Word lists for the generated vault: names, companies, prose. Kept plain so the notes read like a real network's. */

export const FIRST_NAMES: readonly string[] = (
  "Ann Priya Sam Wei Lucía Omar Fatima Jonas Chloé Mateo Aiko Kwame Ingrid Rahul Sofia Dmitri Amara Liam Noor " +
  "Hiroshi Elena Tomás Zoë Björn Ama Yusuf Mei Carlos Hana Olu Grace Arjun Léa Nikolai Imani Ravi Julia Kenji " +
  "Aisha Pedro Freya Tariq Lin Marta Emeka Sakura Diego Astrid Kofi Anjali Hugo Selin Bruno Nadia Chen Ines " +
  "Malik Eva Raj Signe Andrés Yara Felix Mina Joaquín Leila Oscar Keiko Tunde Clara Vikram Nora Ali Maeve " +
  "Sven Adaeze Marco Saanvi Pablo Ilse Ngozi Erik Camila Rohan Agnes Mustafa Lena Thabo Beatriz Jun Maja " +
  "Gabriel Esther Kaito Zara Lars Paola Idris Greta Nikhil Rosa Dara Anton Lucy Samir Helga Ravi Ada Viktor " +
  "Isla Femi Margaux Arash Kirsten Leon Sunita Matteo Aurora Jamal Elif Henrik Yasmin Noah Ivana Kai Rania"
).split(" ");

export const LAST_NAMES: readonly string[] = (
  "Smith,Patel,Chen,García,O'Brien,Nakamura,Okafor,Müller,Rossi,Kowalski,Johansson,Nguyen,Haddad,Silva," +
  "Fernández,Kim,Dubois,Ivanova,Mensah,Sato,Khan,Andersen,Costa,Schmidt,López,Wang,Novak,Eriksen," +
  "Adeyemi,Moreau,Tanaka,Ali,Jensen,Romero,Hoffmann,Singh,Petrov,Ferrari,Lindqvist,Yilmaz,Martins,Park," +
  "Nowak,Bianchi,Okonkwo,Larsen,Herrera,Fischer,Das,Kovač,Mahlangu,Suzuki,Weber,Santos,Gupta,Horvat," +
  "Abubakar,Lambert,Watanabe,Hansen,Ortiz,Becker,Reddy,Popescu,Nielsen,Vargas,Wagner,Iyer,Marino," +
  "Ozturk,Rahman,Lefebvre,Takahashi,Berg,Castro,Koch,Mehta,Dimitrov,Greco,Holm,Aydin,Sharma,Moretti," +
  "Laurent,Yamamoto,Dahl,Ruiz,Richter,Kapoor,Stoica,Bakker,Mendes,Cohen,Van Dijk,De Luca,Al-Sayed," +
  "Fitzgerald,MacLeod,Ó Súilleabháin,Zhang,Liu,Huang,Zhou,Wu,Xu,Sun,Ma,Zhu,Hu,Guo,Lin,He,Gao,Luo,Zheng," +
  "Liang,Xie,Tang,Han,Feng,Deng,Cao,Peng"
).split(",");

export const COMPANIES: readonly string[] = [
  "Acme Corp",
  "Globex",
  "Initech",
  "Umbrella Health",
  "Stark Analytics",
  "Wayne Logistics",
  "Hooli",
  "Pied Piper",
  "Vandelay Industries",
  "Soylent Foods",
  "Cyberdyne Systems",
  "Tyrell Labs",
  "Wonka Retail",
  "Oscorp",
  "Aperture Science",
  "Massive Dynamic",
  "Gringotts Bank",
  "Nakatomi Trading",
  "Dunder Mifflin",
  "Monarch Solutions",
  "Blue Sun",
  "Prestige Worldwide",
];

export const ROLES: readonly string[] = [
  "VP Engineering",
  "Head of Product",
  "Staff Engineer",
  "Recruiter",
  "CTO",
  "Engineering Manager",
  "Designer",
  "Data Scientist",
  "Founder",
  "Investor",
  "Director of Sales",
  "Principal Engineer",
  "Chief of Staff",
  "Product Manager",
  "Consultant",
  "Professor",
];

export const CITIES: readonly string[] = [
  "Berlin",
  "Lagos",
  "São Paulo",
  "Tokyo",
  "Toronto",
  "Bangalore",
  "London",
  "Nairobi",
  "Seattle",
  "Paris",
  "Singapore",
  "Austin",
];

export const WORDS: readonly string[] = (
  "the team roadmap hiring budget reorg launch quarter offsite migration platform customers pricing strategy " +
  "onboarding feedback interview promotion conference keynote mentoring architecture review incident postmortem " +
  "partnership contract renewal pilot metrics dashboard research prototype design sprint retro planning goals " +
  "about with for and on to of a new next big small early late shared discussed agreed followed up proposed " +
  "sent asked offered introduced recommended shipped delayed paused approved rejected considering exploring"
).split(" ");

export const LOG_SUMMARIES: readonly string[] = [
  "caught up on the reorg",
  "congratulated her on the promotion",
  "talked about hiring for the platform team",
  "sent the deck from the conference",
  "asked for an intro to their head of product",
  "coffee near the office",
  "shared notes on the pricing change",
  "quick check-in, nothing urgent",
  "met at the meetup, swapped stories about migrations",
  "lunch: they are thinking about leaving",
  "birthday card",
  "sent a book on negotiation",
  "introduced them to a recruiter",
  "helped review a job offer",
  "no reply yet",
  "followed up on the pilot",
  "annual catch-up",
  "talked about the board meeting",
];

export const NON_TYPE_WORDS: readonly string[] = ["coffee", "lunch", "drinks", "walk", "zoom", "dinner", "asked", "caught"];

export const REFLECTIVE_TAGS: readonly string[] = ["#gave", "#asked", "#declined", "#noreply"];

export const TOPIC_TAGS: readonly string[] = ["#hiring", "#project/atlas", "#project/orion", "#idea", "#followup", "#reading", "#team/eng"];

export const PROJECT_NAMES: readonly string[] = [
  "Atlas",
  "Orion",
  "Helios",
  "Nimbus",
  "Quasar",
  "Borealis",
  "Cascade",
  "Meridian",
  "Zephyr",
  "Lumen",
  "Tundra",
  "Sierra",
];
