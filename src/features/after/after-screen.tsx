export default function AfterScreen() {
  return null;
}
