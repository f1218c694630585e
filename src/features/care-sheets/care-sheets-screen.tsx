export default function CareSheetsScreen() {
  return null;
}
