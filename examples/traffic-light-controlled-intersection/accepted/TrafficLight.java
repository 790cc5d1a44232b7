// A Traffic Light Controlled Intersection solution as pasted from LeetCode: no package, no imports.
class TrafficLight {
    private int greenRoad = 1;

    public TrafficLight() {
    }

    public synchronized void carArrived(
        int carId,
        int roadId,
        int direction,
        Runnable turnGreen,
        Runnable crossCar
    ) {
        if (greenRoad != roadId) {
            turnGreen.run();
            greenRoad = roadId;
        }
        crossCar.run();
    }
}
