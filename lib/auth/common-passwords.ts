/**
 * Passwords of ten or more characters that appear near the top of public breach lists, plus patterns
 * (one repeated character, keyboard runs) that guessers try first.
 */
const COMMON = new Set([
  "1234567890",
  "0123456789",
  "0987654321",
  "1111111111",
  "0000000000",
  "123456789a",
  "1234567890a",
  "qwertyuiop",
  "asdfghjkl;",
  "zxcvbnm123",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "qazwsxedcrfv",
  "zaq12wsxcde",
  "password12",
  "password123",
  "password1234",
  "passw0rd123",
  "p@ssw0rd123",
  "p@ssword123",
  "password!",
  "iloveyou12",
  "iloveyou123",
  "qwerty1234",
  "qwerty12345",
  "qwerty123456",
  "abcdefghij",
  "abcd123456",
  "abc1234567",
  "administrator",
  "letmein123",
  "welcome123",
  "welcome1234",
  "football123",
  "baseball123",
  "sunshine123",
  "princess123",
  "monkey1234",
  "dragon1234",
  "master1234",
  "superman123",
  "batman1234",
  "trustno1234",
  "changeme123",
  "default1234",
  "loveyou1234",
  "starwars123",
  "whatever123",
  "computer123",
  "qwertyuiop123",
  "1234qwerty",
  "123qweasdzxc",
  "aa12345678",
  "a1234567890",
  "michael123",
  "jennifer123",
  "charlie123",
  "football1",
  "basketball",
  "basketball1",
  "liverpool1",
  "chelsea123",
  "arsenal123",
  "letmeinnow",
  "passwordpassword",
  "iloveyouiloveyou",
  "11223344556677",
  "1122334455",
  "987654321a",
]);

const KEYBOARD_RUNS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz"];

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (/^(.)\1+$/.test(lower)) return true;
  const stripped = lower.replace(/[^a-z0-9]/g, "");
  return KEYBOARD_RUNS.some(
    (run) =>
      stripped.length >= 8 && (run.includes(stripped) || run.includes(stripped.split("").reverse().join(""))),
  );
}
